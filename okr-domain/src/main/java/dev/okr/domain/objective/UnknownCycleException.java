package dev.okr.domain.objective;

import dev.okr.domain.shared.UnknownEntityException;

/** No cycle has this code. */
public class UnknownCycleException extends UnknownEntityException {

  public UnknownCycleException(String code) {
    super("Cycle", code);
  }
}
