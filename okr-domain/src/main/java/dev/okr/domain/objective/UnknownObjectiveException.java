package dev.okr.domain.objective;

import dev.okr.domain.shared.UnknownEntityException;

/** No objective has this id, or the caller may not see it. */
public class UnknownObjectiveException extends UnknownEntityException {

  public UnknownObjectiveException(Object id) {
    super("Objective", id);
  }
}
