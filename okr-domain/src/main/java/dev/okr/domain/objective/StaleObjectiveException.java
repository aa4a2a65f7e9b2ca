package dev.okr.domain.objective;

import dev.okr.domain.shared.StaleVersionException;

/** The objective changed since the caller read it; the caller must read it again. */
public class StaleObjectiveException extends StaleVersionException {

  public StaleObjectiveException(long id, long expected, long actual) {
    super("Objective", id, expected, actual);
  }
}
