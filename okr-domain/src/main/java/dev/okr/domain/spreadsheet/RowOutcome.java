package dev.okr.domain.spreadsheet;

/** Whether a row of the file becomes part of the import. */
public enum RowOutcome {
  /** The row is valid and its objective or key result is in the plan. */
  ACCEPTED,
  /** The row breaks at least one rule, or hangs under a rejected row; it is not imported. */
  REJECTED
}
