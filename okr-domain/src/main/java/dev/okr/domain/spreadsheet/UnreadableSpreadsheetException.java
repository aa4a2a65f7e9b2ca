package dev.okr.domain.spreadsheet;

import dev.okr.domain.shared.InvalidRequestException;

/**
 * A spreadsheet cannot be imported as a whole: it is empty, damaged, in an unknown encoding or
 * format, too large, or lacks a required column. The message names the problem for the person
 * who uploaded the file. Problems of single rows are reported per row instead.
 */
public class UnreadableSpreadsheetException extends InvalidRequestException {

  public UnreadableSpreadsheetException(String message) {
    super(message);
  }
}
