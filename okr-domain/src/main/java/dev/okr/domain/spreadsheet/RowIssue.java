package dev.okr.domain.spreadsheet;

import java.util.Objects;

/**
 * A reason for rejecting a row, or a warning about an accepted one.
 *
 * @param column the column at fault, null when the issue concerns the row as a whole
 * @param message a sentence for the person who uploaded the file, naming the offending value
 */
public record RowIssue(String column, String message) {

  public RowIssue {
    Objects.requireNonNull(message, "message");
  }
}
