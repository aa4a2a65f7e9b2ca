package dev.okr.domain.objective;

import dev.okr.domain.shared.StateConflictException;

/** The cycle is closed: its numbers are final until someone from HQ reopens it. */
public class CycleClosedException extends StateConflictException {

  public CycleClosedException(String code) {
    super("Cycle '" + code + "' is closed and takes no more check-ins; someone from HQ strategy"
        + " can reopen it");
  }
}
