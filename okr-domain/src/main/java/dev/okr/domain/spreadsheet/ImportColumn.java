package dev.okr.domain.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the OKR import and export, in the order the export writes them. A file must
 * contain every required column; optional ones may be missing, extra columns are ignored.
 */
public enum ImportColumn {
  ROW_ID("row_id", true),
  TYPE("type", true),
  PARENT_ROW_ID("parent_row_id", true),
  LEVEL("level", true),
  CYCLE_CODE("cycle_code", true),
  START_DATE("start_date", true),
  END_DATE("end_date", true),
  REGION("region", false),
  OWNER_EMAIL("owner_email", true),
  OWNER_NAME("owner_name", false),
  TITLE("title", true),
  METRIC_TYPE("metric_type", true),
  DIRECTION("direction", true),
  UNIT("unit", false),
  CURRENCY("currency", false),
  START_VALUE("start_value", true),
  TARGET_VALUE("target_value", true),
  CURRENT_VALUE("current_value", true),
  WEIGHT("weight", false),
  NOTES("notes", false);

  private final String header;
  private final boolean required;

  ImportColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The header name in files, lower case with underscores. */
  public String header() {
    return header;
  }

  public boolean isRequired() {
    return required;
  }

  /** Header names of all columns in export order. */
  public static List<String> headers() {
    return Arrays.stream(values()).map(ImportColumn::header).toList();
  }

  /** Header names a file must contain. */
  public static List<String> requiredHeaders() {
    return Arrays.stream(values()).filter(ImportColumn::isRequired).map(ImportColumn::header)
        .toList();
  }
}
