package dev.okr.domain.objective;

import dev.okr.domain.shared.UnknownEntityException;

/** No key result has this id. */
public class UnknownKeyResultException extends UnknownEntityException {

  public UnknownKeyResultException(Object id) {
    super("Key result", id);
  }
}
