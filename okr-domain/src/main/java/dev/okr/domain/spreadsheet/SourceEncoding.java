package dev.okr.domain.spreadsheet;

/** The character encoding a spreadsheet's text was decoded from. */
public enum SourceEncoding {
  /** UTF-8 starting with a byte order mark, as Excel's "CSV UTF-8" writes it; mark removed. */
  UTF_8_WITH_BOM,
  /** UTF-8 without a byte order mark. */
  UTF_8,
  /** GB18030, the superset of GBK that Chinese-locale Excel uses for plain "CSV". */
  GB18030,
  /** An XLSX workbook, whose XML parts declare their own encoding. */
  WORKBOOK
}
