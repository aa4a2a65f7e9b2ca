package dev.okr.domain.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The D1 case: 22 rows of real-world mess in UTF-8 with BOM and in GBK. */
class OkrSpreadsheetImportTest {

  @Test
  void shouldImportBothEncodingsIdentically() {
    ImportPlan utf8 = CaseFiles.plan(CaseFiles.UTF8_BOM);
    ImportPlan gbk = CaseFiles.plan(CaseFiles.GBK);

    assertThat(utf8.encoding()).isEqualTo(SourceEncoding.UTF_8_WITH_BOM);
    assertThat(gbk.encoding()).isEqualTo(SourceEncoding.GB18030);
    assertThat(gbk.objectives()).isEqualTo(utf8.objectives());
    assertThat(gbk.rows()).isEqualTo(utf8.rows());
  }

  @Test
  void shouldAcceptAndRejectExactlyTheRowsOfTheCase() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.UTF8_BOM);

    assertThat(rowIds(plan, RowOutcome.ACCEPTED)).containsExactlyInAnyOrder(
        "O1", "O2", "O3", "O4", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "K12");
    assertThat(rowIds(plan, RowOutcome.REJECTED)).containsExactlyInAnyOrder(
        "K10", "K11", "K13", "K14", "O5", "O6", "O7", "O8");
    assertThat(plan.objectives()).extracting(PlannedObjective::rowId)
        .containsExactly("O1", "O4", "O2", "O3");
    assertThat(plan.objectives().get(0).keyResults()).extracting(PlannedKeyResult::rowId)
        .containsExactly("K1", "K2", "K3", "K12");
  }

  @Test
  void shouldGiveEachRejectedRowARecognisableReason() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.UTF8_BOM);

    assertThat(reasons(plan, "K10")).anyMatch(reason -> reason.contains("ambiguous unit"));
    assertThat(reasons(plan, "K11")).anyMatch(reason -> reason.contains("owner_email is empty"));
    assertThat(reasons(plan, "K13"))
        .anyMatch(reason -> reason.contains("parent_row_id O9 does not exist"));
    assertThat(reasons(plan, "K14")).anyMatch(reason -> reason.contains(
        "cycle_code 2025-Q4 contradicts start/end dates 2025-07-01..2025-09-30"));
    assertThat(reasons(plan, "O5"))
        .anyMatch(reason -> reason.contains("circular alignment O5 -> O6 -> O5"));
    assertThat(reasons(plan, "O6"))
        .anyMatch(reason -> reason.contains("circular alignment O6 -> O5 -> O6"));
    assertThat(reasons(plan, "O7")).anyMatch(reason -> reason.contains("aligned to itself"));
    assertThat(reasons(plan, "O8"))
        .anyMatch(reason -> reason.contains("end_date 2025-07-01 is before start_date"));
  }

  @Test
  void shouldComputeTheExpectedProgressOfEveryAcceptedRow() {
    SpreadsheetTable expected = CaseFiles.table(CaseFiles.EXPECTED);
    Map<String, BigDecimal> wanted = expected.rows().stream()
        .filter(row -> row.cell("outcome").equals("accepted"))
        .collect(Collectors.toMap(row -> row.cell("row_id"),
            row -> new BigDecimal(row.cell("progress_pct"))));

    Map<String, BigDecimal> progress =
        CaseFiles.plan(CaseFiles.UTF8_BOM).progressPercentByRowId();

    assertThat(wanted).hasSize(14);
    assertThat(progress).isEqualTo(wanted);
    assertThat(progress.get("K6")).isEqualTo(new BigDecimal("-12.50"));
    assertThat(progress.get("O1")).isEqualTo(new BigDecimal("46.52"));
  }

  @Test
  void shouldWarnWhenWeightsDoNotSumToHundred() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.UTF8_BOM);

    assertThat(plan.report("O1").orElseThrow().warnings()).extracting(RowIssue::message)
        .contains("weights sum to 105 → normalised");
    assertThat(plan.report("O3").orElseThrow().warnings()).extracting(RowIssue::message)
        .contains("weights sum to 120 → normalised");
  }

  @Test
  void shouldReadChineseTextFromGbk() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.GBK);

    PlannedObjective east = plan.objectives().stream()
        .filter(objective -> objective.rowId().equals("O2")).findFirst().orElseThrow();
    assertThat(east.title()).startsWith("华东");
    assertThat(east.regionCode()).isEqualTo("east");
  }

  @Test
  void shouldNotMakeTheByteOrderMarkPartOfTheFirstHeader() {
    SpreadsheetTable table = CaseFiles.table(CaseFiles.UTF8_BOM);

    assertThat(table.headers().get(0)).isEqualTo("row_id");
    assertThat(table.headers()).containsExactlyElementsOf(ImportColumn.headers());
  }

  @Test
  void shouldStripIdeographicSpacesAroundTitle() {
    PlannedKeyResult users = keyResult(CaseFiles.plan(CaseFiles.UTF8_BOM), "K12");

    assertThat(users.title()).isEqualTo("活跃用户数 从 10 万 到 20 万").doesNotContain("\u3000");
  }

  @Test
  void shouldParseThousandsSeparatorsAndFullWidthDigits() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.UTF8_BOM);

    PlannedKeyResult arr = keyResult(plan, "K5");
    assertThat(arr.startValue()).isEqualTo(new BigDecimal("1800000"));
    assertThat(arr.targetValue()).isEqualTo(new BigDecimal("3000000"));
    assertThat(arr.currentValue()).isEqualTo(new BigDecimal("1920000"));
    assertThat(arr.currency()).isEqualTo("CNY");
    assertThat(keyResult(plan, "K4").currentValue()).isEqualTo(new BigDecimal("75"));
  }

  @Test
  void shouldKeepCommaQuoteAndLineBreakInNotes() {
    SpreadsheetTable table = CaseFiles.table(CaseFiles.UTF8_BOM);

    SpreadsheetRow alarms = table.rows().stream()
        .filter(row -> row.cell("row_id").equals("K14")).findFirst().orElseThrow();
    assertThat(alarms.cell("notes"))
        .isEqualTo("cycle_code 2025-Q4 contradicts dates; notes with a comma, a \"quote\"\n"
            + "and a line break");
    assertThat(table.rows()).hasSize(22);
  }

  @Test
  void shouldImportTheSamePlanFromAnExportedWorkbook() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.UTF8_BOM);
    byte[] workbook = new SpreadsheetWriter()
        .writeXlsx(List.of(PlanSheet.of("OKR", plan.objectives())));

    SpreadsheetTable table = new SpreadsheetReader().read(workbook, "export.xlsx", null);
    ImportPlan reimported = new ImportPlanner().plan(table, CaseFiles.context());

    assertThat(reimported.format()).isEqualTo(SpreadsheetFormat.XLSX);
    assertThat(reimported.objectives()).isEqualTo(plan.objectives());
    assertThat(reimported.rejectedRows()).isEmpty();
  }

  @Test
  void shouldImportTheSamePlanFromAnExportedCsv() {
    ImportPlan plan = CaseFiles.plan(CaseFiles.GBK);
    byte[] csv = new SpreadsheetWriter().writeCsv(PlanSheet.of("OKR", plan.objectives()));

    SpreadsheetTable table = new SpreadsheetReader().read(csv, "export.csv", "text/csv");
    ImportPlan reimported = new ImportPlanner().plan(table, CaseFiles.context());

    assertThat(reimported.encoding()).isEqualTo(SourceEncoding.UTF_8_WITH_BOM);
    assertThat(reimported.objectives()).isEqualTo(plan.objectives());
  }

  @Test
  void shouldReadTheCaseRowsBackFromAWorkbookUnchanged() {
    SpreadsheetTable source = CaseFiles.table(CaseFiles.UTF8_BOM);
    List<List<Object>> rows = source.rows().stream()
        .map(row -> source.headers().stream().map(row::cell).map(Object.class::cast).toList())
        .toList();
    byte[] workbook = new SpreadsheetWriter()
        .writeXlsx(List.of(new SheetContent("import", source.headers(), rows)));

    SpreadsheetTable table = new SpreadsheetReader().read(workbook, "case.bin", null);

    ImportPlan fromWorkbook = new ImportPlanner().plan(table, CaseFiles.context());
    ImportPlan fromCsv = new ImportPlanner().plan(source, CaseFiles.context());
    assertThat(fromWorkbook.objectives()).isEqualTo(fromCsv.objectives());
    assertThat(fromWorkbook.rows()).isEqualTo(fromCsv.rows());
  }

  private static List<String> rowIds(ImportPlan plan, RowOutcome outcome) {
    return plan.rows().stream().filter(row -> row.outcome() == outcome).map(RowReport::rowId)
        .toList();
  }

  private static List<String> reasons(ImportPlan plan, String rowId) {
    return plan.report(rowId).orElseThrow().reasons().stream().map(RowIssue::message).toList();
  }

  private static PlannedKeyResult keyResult(ImportPlan plan, String rowId) {
    return plan.objectives().stream().flatMap(objective -> objective.keyResults().stream())
        .filter(keyResult -> keyResult.rowId().equals(rowId)).findFirst().orElseThrow();
  }
}
