package dev.okr.domain.spreadsheet;

import java.util.List;

/**
 * What the import does with one row of the file. A rejected row has at least one reason; an
 * accepted row has none. Warnings never change the outcome.
 *
 * @param rowId the row's {@code row_id} as written, empty when the cell was empty
 * @param lineNumber the row number in the spreadsheet, header = 1
 */
public record RowReport(String rowId, int lineNumber, RowOutcome outcome, List<RowIssue> reasons,
    List<RowIssue> warnings) {

  public RowReport {
    reasons = List.copyOf(reasons);
    warnings = List.copyOf(warnings);
  }

  public boolean isAccepted() {
    return outcome == RowOutcome.ACCEPTED;
  }
}
