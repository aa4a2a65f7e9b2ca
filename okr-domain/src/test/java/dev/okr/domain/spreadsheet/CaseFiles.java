package dev.okr.domain.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the D1 case files and supplies an import context that knows the case's people. */
final class CaseFiles {

  static final String UTF8_BOM = "okr-import-utf8-bom.csv";
  static final String GBK = "okr-import-gbk.csv";
  static final String EXPECTED = "expected-import-result.csv";

  private CaseFiles() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = CaseFiles.class.getResourceAsStream("/cases/D1-okr-import-csv/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpreadsheetTable table(String name) {
    return new SpreadsheetReader().read(bytes(name), name, "text/csv");
  }

  static ImportPlan plan(String name) {
    return new ImportPlanner().plan(table(name), context());
  }

  /** Knows every e-mail of the case file, the regions east, south and north, and no cycle. */
  static ImportContext context() {
    Set<String> emails = table(UTF8_BOM).rows().stream()
        .map(row -> row.cell("owner_email").toLowerCase(Locale.ROOT))
        .filter(email -> !email.isBlank())
        .collect(Collectors.toSet());
    return new ImportContext() {
      @Override
      public boolean isKnownPerson(String email) {
        return emails.contains(email);
      }

      @Override
      public boolean isKnownRegion(String code) {
        return Set.of("east", "south", "north").contains(code);
      }

      @Override
      public Optional<CycleSpan> existingCycle(String code) {
        return Optional.empty();
      }
    };
  }
}
