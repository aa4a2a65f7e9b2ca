package dev.okr.domain.spreadsheet;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a spreadsheet: its header and its non-blank data rows in file order. Header names
 * are normalised (NFKC, trimmed, lower case) and unique; cell text is kept as the file holds it.
 */
public record SpreadsheetTable(SpreadsheetFormat format, SourceEncoding encoding,
    List<String> headers, List<SpreadsheetRow> rows) {

  public SpreadsheetTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /**
   * Checks that every given column is present.
   *
   * @throws UnreadableSpreadsheetException naming the first missing column and the columns found
   */
  public void requireColumns(Collection<String> required) {
    for (String column : required) {
      if (!headers.contains(column)) {
        String found = headers.stream().map(name -> "'" + name + "'")
            .collect(Collectors.joining(", "));
        throw new UnreadableSpreadsheetException(
            "column '" + column + "' is missing; found: " + found);
      }
    }
  }
}
