package dev.okr.domain.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

  private static final String HEADER = String.join(",", ImportColumn.headers()) + "\r\n";

  @Test
  void shouldRejectRowWhenOwnerOrRegionIsUnknown() {
    ImportPlan plan = plan(context(Optional.empty()),
        "O1,objective,,region,2025-Q3,2025-07-01,2025-09-30,west,nobody@okr-demo.test,,T,,,,,,,,,");

    assertThat(messages(plan)).containsExactlyInAnyOrder("region 'west' is unknown",
        "no person with e-mail 'nobody@okr-demo.test' is known");
  }

  @Test
  void shouldRejectRowWhenStoredCycleHasOtherDates() {
    CycleSpan stored = new CycleSpan(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31));

    ImportPlan plan = plan(context(Optional.of(stored)),
        "O1,objective,,company,Summer,2025-07-01,2025-09-30,,a@okr-demo.test,,T,,,,,,,,,");

    assertThat(messages(plan))
        .containsExactly("cycle Summer exists with dates 2025-07-01..2025-08-31, not "
            + "2025-07-01..2025-09-30");
  }

  @Test
  void shouldRejectRowWhenParentIsRejected() {
    ImportPlan plan = plan(context(Optional.empty()),
        "O1,objective,,company,2025-Q3,2025-07-01,2025-09-30,,,,T,,,,,,,,,",
        "K1,key_result,O1,company,2025-Q3,2025/7/1,2025/9/30,,a@okr-demo.test,,K,number,"
            + "increase,,,0,10,5,,");

    assertThat(plan.report("K1").orElseThrow().reasons()).extracting(RowIssue::message)
        .containsExactly("parent row O1 was rejected");
  }

  @Test
  void shouldGiveEqualWeightsWhenNoKeyResultIsWeighted() {
    ImportPlan plan = plan(context(Optional.empty()),
        "O1,objective,,company,FY2025,2025-01-01,2025-12-31,,a@okr-demo.test,,T,,,,,,,,,",
        "K1,key_result,O1,company,FY2025,2025-01-01,2025-12-31,,a@okr-demo.test,,K,number,"
            + "increase,,,0,10,10,,",
        "K2,key_result,O1,company,FY2025,2025-01-01,2025-12-31,,a@okr-demo.test,,K,percentage,"
            + "increase,,,0%,50%,0%,,");

    assertThat(plan.rejectedRows()).isEmpty();
    assertThat(plan.progressPercentByRowId()).containsEntry("O1", new BigDecimal("50.00"));
  }

  private static ImportPlan plan(ImportContext context, String... rows) {
    String csv = HEADER + String.join("\r\n", rows) + "\r\n";
    SpreadsheetTable table = new SpreadsheetReader()
        .read(csv.getBytes(StandardCharsets.UTF_8), "plan.csv", "text/csv");
    return new ImportPlanner().plan(table, context);
  }

  private static List<String> messages(ImportPlan plan) {
    return plan.rows().get(0).reasons().stream().map(RowIssue::message).toList();
  }

  private static ImportContext context(Optional<CycleSpan> cycle) {
    return new ImportContext() {
      @Override
      public boolean isKnownPerson(String email) {
        return email.equals("a@okr-demo.test");
      }

      @Override
      public boolean isKnownRegion(String code) {
        return code.equals("east");
      }

      @Override
      public Optional<CycleSpan> existingCycle(String code) {
        return cycle;
      }
    };
  }
}
