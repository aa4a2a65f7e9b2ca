package dev.okr.domain.spreadsheet;

/** The file format a spreadsheet was read from or is written in. */
public enum SpreadsheetFormat {
  /** Comma-separated text as in RFC 4180. */
  CSV,
  /** Office Open XML workbook; only the first sheet is read. */
  XLSX
}
