package dev.okr.domain.spreadsheet;

import java.util.Map;

/**
 * One data row of a spreadsheet as the file holds it, before any normalisation.
 *
 * @param lineNumber the row number a spreadsheet program shows: the header is row 1, and a line
 *     break inside a quoted CSV cell does not start a new row
 * @param cells cell text by column name; columns with an empty cell may be absent
 */
public record SpreadsheetRow(int lineNumber, Map<String, String> cells) {

  public SpreadsheetRow {
    cells = Map.copyOf(cells);
  }

  /** The raw text of a cell, never null: empty when the column is absent or the cell blank. */
  public String cell(String column) {
    return cells.getOrDefault(column, "");
  }
}
