package dev.okr.domain.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named sheet to write: a header and rows of cells. A cell is a {@link String}, a {@link
 * java.math.BigDecimal} or other {@link Number}, a {@link java.time.LocalDate}, or null for an
 * empty cell. Rows may be shorter than the header.
 */
public record SheetContent(String name, List<String> header, List<List<Object>> rows) {

  public SheetContent {
    Objects.requireNonNull(name, "name");
    header = List.copyOf(header);
    List<List<Object>> copies = new ArrayList<>();
    rows.forEach(row -> copies.add(Collections.unmodifiableList(new ArrayList<>(row))));
    rows = Collections.unmodifiableList(copies);
  }
}
