package dev.okr.it.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case D1 through the running server: 22 rows of real-world spreadsheet mess, in UTF-8 with a
 * BOM and in GBK, import to the same 14 accepted rows with the progress the case expects, the
 * 8 others are refused with their reasons, and importing again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OkrImportIT {

  private static final String CASE = "/cases/D1-okr-import-csv/";
  private static final OkrClient ADMIN = OkrClient.as("admin", "admin");
  private static final OkrClient STRATEGIST = OkrClient.as("zhou.ming", "demo");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldImportCaseD1WithTheExpectedOutcomeAndProgressOfEveryRow() {
    Answer answer = ADMIN.postRaw("/okr/api/okr-imports?fileName=okr-import-utf8-bom.csv",
        "text/csv", read("okr-import-utf8-bom.csv"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("Location")).matches(".*/okr/api/okr-imports/\\d+");
    JsonNode report = answer.json();
    assertThat(report.get("encoding").asText()).isEqualTo("UTF_8_WITH_BOM");
    assertThat(report.get("accepted").asInt()).isEqualTo(14);
    assertThat(report.get("rejected").asInt()).isEqualTo(8);
    assertThat(outcomes(report)).isEqualTo(expectedOutcomes());
    assertThat(progress(report)).isEqualTo(expectedProgress());
    assertThat(reason(report, "O5")).contains("circular");
    assertThat(reason(report, "O7")).contains("itself");
    assertThat(reason(report, "K13")).contains("O9");
    assertThat(reason(report, "O8")).contains("end_date");
  }

  @Test
  void shouldImportTheGbkFileToTheSameObjectivesWithoutDuplicatingThem() {
    JsonNode first = ADMIN.postRaw("/okr/api/okr-imports?fileName=utf8.csv", "text/csv",
        read("okr-import-utf8-bom.csv")).json();

    Answer again = STRATEGIST.postFile("/okr/api/okr-imports", "file", "okr-import-gbk.csv",
        "text/csv", read("okr-import-gbk.csv"));

    assertThat(again.status()).as(again.body()).isEqualTo(201);
    JsonNode report = again.json();
    assertThat(report.get("encoding").asText()).isEqualTo("GB18030");
    assertThat(report.get("unchanged").asInt()).isEqualTo(14);
    assertThat(objectiveIds(report)).isEqualTo(objectiveIds(first));
    assertThat(progress(report)).isEqualTo(expectedProgress());
    JsonNode o2 = ADMIN.get("/okr/api/objectives/" + objectiveIds(report).get("O2")).json();
    assertThat(o2.get("title").asText()).isEqualTo("华东：续费率提升");
    assertThat(o2.get("ownerUnitCode").asText()).isEqualTo("east");
  }

  @Test
  void shouldShowImportedNumbersOnTheObjectivesThemselves() {
    JsonNode report = ADMIN.postRaw("/okr/api/okr-imports", "text/csv",
        read("okr-import-utf8-bom.csv")).json();
    Map<String, Long> ids = objectiveIds(report);

    JsonNode o1 = ADMIN.get("/okr/api/objectives/" + ids.get("O1")).json();
    JsonNode o3 = ADMIN.get("/okr/api/objectives/" + ids.get("O3")).json();

    assertThat(o1.at("/progress/percent").decimalValue()).isEqualByComparingTo("46.52");
    assertThat(o1.get("cycleCode").asText()).isEqualTo("2025-Q3");
    assertThat(o1.get("status").asText()).isEqualTo("PUBLISHED");
    JsonNode k6 = o3.get("keyResults").get(0);
    assertThat(k6.at("/progress/rawPercent").decimalValue()).isEqualByComparingTo("-12.50");
    assertThat(k6.at("/progress/percent").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(o3.at("/progress/percent").decimalValue()).isEqualByComparingTo("58.33");
    assertThat(o3.get("cycleCode").asText()).isEqualTo("2025-11_2026-01");
    assertThat(objectiveIdsIn("2025-Q4")).contains(ids.get("O3")).doesNotContain(ids.get("O1"));
    assertThat(objectiveIdsIn("2026-Q1")).contains(ids.get("O3"));
    JsonNode up = ADMIN.get("/okr/api/objectives/" + ids.get("O3") + "/alignments").json();
    assertThat(up.get(0).get("parentObjectiveId").asLong()).isEqualTo(ids.get("O1"));
    assertThat(up.get(0).get("type").asText()).isEqualTo("SUPPORTING");
  }

  @Test
  void shouldExportACycleThatImportsAgainWithoutARejectedRow() {
    ADMIN.postRaw("/okr/api/okr-imports", "text/csv", read("okr-import-utf8-bom.csv"));

    HttpResponse<byte[]> csv = ADMIN.download("/okr/api/okr-exports?cycle=2025-Q3");
    HttpResponse<byte[]> xlsx = ADMIN.download("/okr/api/okr-exports?cycle=2025-Q3&format=xlsx");
    Answer dryRun = ADMIN.postRaw("/okr/api/okr-imports?dryRun=true&fileName=export.csv",
        "text/csv", csv.body());
    Answer workbook = ADMIN.postFile("/okr/api/okr-imports?dryRun=true", "file", "export.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.body());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("\uFEFFrow_id,type,parent_row_id")
        .contains("Reduce monthly churn from 8% to 5%");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
    assertThat(dryRun.json().get("rejected").asInt()).isZero();
    assertThat(dryRun.json().get("accepted").asInt()).isEqualTo(11);
    assertThat(workbook.status()).as(workbook.body()).isEqualTo(200);
    assertThat(workbook.json().get("format").asText()).isEqualTo("XLSX");
    assertThat(workbook.json().get("rejected").asInt()).isZero();
    assertThat(workbook.json().get("accepted").asInt()).isEqualTo(11);
  }

  @Test
  void shouldImportTheLargestFileAllowedAndFindItAllThereTheSecondTime() {
    StringBuilder csv = new StringBuilder("row_id,type,parent_row_id,level,cycle_code,"
        + "start_date,end_date,region,owner_email,owner_name,title,metric_type,direction,unit,"
        + "currency,start_value,target_value,current_value,weight,notes\n");
    String cycle = ",company,2027-Q1,2027-01-01,2027-03-31,,ceo.office@okr-demo.test,陈立,";
    for (int o = 1; o <= 2500; o++) {
      csv.append('B').append(o).append(",objective,").append(cycle).append("目标 ").append(o)
          .append(",,,,,,,,,\n");
      for (int k = 1; k <= 3; k++) {
        csv.append('B').append(o).append('K').append(k).append(",key_result,B").append(o)
            .append(cycle).append("关键结果 ").append(k).append(",number,increase,,,0,10,")
            .append(k).append(",,\n");
      }
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    Answer first = ADMIN.postRaw("/okr/api/okr-imports?fileName=big.csv", "text/csv", file);
    Answer again = ADMIN.postRaw("/okr/api/okr-imports?fileName=big.csv", "text/csv", file);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("accepted").asInt()).isEqualTo(10_000);
    assertThat(ADMIN.get(first.header("Location").replaceFirst("^https?://[^/]+", "")).json()
        .get("rows")).hasSize(10_000);
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(10_000);
    assertThat(OkrClient.anonymous().get("/okr/api/health").json().get("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void shouldRefuseImportsFromPeopleOutsideHqStrategy() {
    Answer answer = OkrClient.as("li.qiang", "demo").postRaw("/okr/api/okr-imports",
        "text/csv", read("okr-import-utf8-bom.csv"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldAnswerAFileThatIsNoSpreadsheetWithAProblemNamingTheMissingColumn() {
    Answer answer = ADMIN.postRaw("/okr/api/okr-imports", "text/csv",
        "name,owner\nA,B\n".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).contains("row_id");
  }

  private static List<Long> objectiveIdsIn(String quarter) {
    List<Long> ids = new ArrayList<>();
    ADMIN.get("/okr/api/objectives?quarter=" + quarter + "&size=500").json()
        .forEach(o -> ids.add(o.get("id").asLong()));
    return ids;
  }

  private static Map<String, String> outcomes(JsonNode report) {
    Map<String, String> outcomes = new TreeMap<>();
    report.get("rows").forEach(r -> outcomes.put(r.get("rowId").asText(),
        r.get("outcome").asText().toLowerCase()));
    return outcomes;
  }

  private static Map<String, BigDecimal> progress(JsonNode report) {
    Map<String, BigDecimal> progress = new TreeMap<>();
    report.get("rows").forEach(r -> {
      if (r.hasNonNull("progressPercent")) {
        progress.put(r.get("rowId").asText(), r.get("progressPercent").decimalValue()
            .setScale(2));
      }
    });
    return progress;
  }

  private static Map<String, Long> objectiveIds(JsonNode report) {
    Map<String, Long> ids = new HashMap<>();
    report.get("rows").forEach(r -> {
      if (r.hasNonNull("objectiveId") && !r.hasNonNull("keyResultId")) {
        ids.put(r.get("rowId").asText(), r.get("objectiveId").asLong());
      }
    });
    return ids;
  }

  private static String reason(JsonNode report, String rowId) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("rowId").asText().equals(rowId)) {
        return row.get("reasons").toString();
      }
    }
    return "";
  }

  private static Map<String, String> expectedOutcomes() {
    Map<String, String> outcomes = new TreeMap<>();
    expected().forEach((row, cells) -> outcomes.put(row, cells[1]));
    return outcomes;
  }

  private static Map<String, BigDecimal> expectedProgress() {
    Map<String, BigDecimal> progress = new TreeMap<>();
    expected().forEach((row, cells) -> {
      if (!cells[2].isEmpty()) {
        progress.put(row, new BigDecimal(cells[2]).setScale(2));
      }
    });
    return progress;
  }

  /** The case's expected file: row id → cells (row_id, outcome, progress_pct, ...). */
  private static Map<String, String[]> expected() {
    Map<String, String[]> rows = new TreeMap<>();
    String text = new String(read("expected-import-result.csv"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      String[] cells = line.split(",", 4);
      if (!cells[0].equals("row_id") && cells.length >= 3) {
        rows.put(cells[0], cells);
      }
    }
    return rows;
  }

  private static byte[] read(String name) {
    try (InputStream in = OkrImportIT.class.getResourceAsStream(CASE + name)) {
      if (in == null) {
        throw new IllegalStateException("Case file " + CASE + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
