package dev.okr.it.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.DemoObjectives;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alignment through the real server: an objective serves more than one key result above it,
 * self and circular alignment are refused with a readable reason, and a quota key result adds
 * up the values its regions contribute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlignmentIT {

  private static final OkrClient HQ = OkrClient.as("zhou.ming", "demo");
  private static final OkrClient EAST_HEAD = OkrClient.as("li.qiang", "demo");
  private static final OkrClient ADMIN = OkrClient.as("admin", "admin");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldRefuseToAlignAnObjectiveToItsOwnKeyResult() {
    JsonNode east1 = demoObjective("east", "EAST-1");

    Answer self = EAST_HEAD.post("/okr/api/objectives/" + east1.get("id") + "/alignments",
        "{\"keyResultId\":" + keyResult(east1, "EAST-1-KR2").get("id") + "}");

    assertThat(self.status()).isEqualTo(400);
    assertThat(self.contentType()).startsWith("application/problem+json");
    assertThat(self.json().get("detail").asText()).contains("itself");
  }

  @Test
  void shouldRefuseAlignmentThatWouldCloseACycleAndNameIt() {
    JsonNode co1 = demoObjective("hq", "CO-1");
    JsonNode zj1 = demoObjective("east-zhejiang", "ZJ-1");

    Answer circular = HQ.post("/okr/api/objectives/" + co1.get("id") + "/alignments",
        "{\"keyResultId\":" + keyResult(zj1, "ZJ-1-KR1").get("id") + "}");

    assertThat(circular.status()).isEqualTo(400);
    assertThat(circular.json().get("detail").asText()).contains("would close a cycle")
        .contains("'" + co1.get("id").asLong() + "'");
    assertThat(HQ.get("/okr/api/objectives/" + co1.get("id") + "/alignments").json()).isEmpty();
  }

  @Test
  void shouldLetAnObjectiveServeASecondKeyResultAndCountItsWeight() {
    JsonNode south1 = demoObjective("south", "SOUTH-1");
    JsonNode co1 = demoObjective("hq", "CO-1");
    long margin = keyResult(co1, "CO-1-KR3").get("id").asLong();

    Answer linked = OkrClient.as("huang.lei", "demo").post("/okr/api/objectives/"
        + south1.get("id") + "/alignments", "{\"keyResultId\":" + margin
        + ",\"type\":\"SUPPORTING\"}");
    Answer duplicate = OkrClient.as("huang.lei", "demo").post("/okr/api/objectives/"
        + south1.get("id") + "/alignments", "{\"keyResultId\":" + margin + "}");
    Answer foreign = EAST_HEAD.post("/okr/api/objectives/" + south1.get("id") + "/alignments",
        "{\"keyResultId\":" + keyResult(co1, "CO-1-KR1").get("id") + "}");

    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    assertThat(linked.json().get("type").asText()).isEqualTo("SUPPORTING");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(foreign.status()).isEqualTo(403);
    JsonNode up = HQ.get("/okr/api/objectives/" + south1.get("id") + "/alignments").json();
    assertThat(up).hasSizeGreaterThanOrEqualTo(2);
    JsonNode marginNow = HQ.get("/okr/api/key-results/" + margin).json();
    assertThat(marginNow.at("/progress/source").asText()).isEqualTo("CHECK_INS");
    assertThat(marginNow.at("/progress/contributors")).isEmpty();
  }

  @Test
  void shouldSumRegionalValuesIntoAQuotaKeyResult() {
    String row = "Q" + UUID.randomUUID().toString().substring(0, 8);
    String csv = "row_id,type,parent_row_id,level,cycle_code,start_date,end_date,region,"
        + "owner_email,owner_name,title,metric_type,direction,unit,currency,start_value,"
        + "target_value,current_value,weight,notes\n"
        + row + ",objective,,company,2026-Q4,2026-10-01,2026-12-31,,ceo.office@okr-demo.test,"
        + "陈立,全国新签合同 " + row + ",,,,,,,,,\n"
        + row + "-K1,key_result," + row + ",company,2026-Q4,2026-10-01,2026-12-31,,"
        + "ceo.office@okr-demo.test,陈立,全国新签合同额达到 ¥2 亿,currency,increase,,CNY,0,"
        + "2亿,0,100,\n";
    JsonNode report = ADMIN.postRaw("/okr/api/okr-imports", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8)).json();
    long quota = report.get("rows").get(1).get("keyResultId").asLong();
    Answer read = HQ.get("/okr/api/key-results/" + quota);
    JsonNode east1 = demoObjective("east", "EAST-1");
    JsonNode eastRevenue = keyResult(east1, "EAST-1-KR2");

    Answer summing = HQ.put("/okr/api/key-results/" + quota, "{\"title\":\"全国新签合同额达到 ¥2 亿\","
        + "\"kind\":\"INCREASE\",\"unit\":\"CURRENCY\",\"currency\":\"CNY\",\"baseline\":0,"
        + "\"target\":200000000,\"weight\":100,\"source\":\"SUM_OF_ALIGNED\"}",
        read.header("ETag"));
    Answer linked = EAST_HEAD.post("/okr/api/objectives/" + east1.get("id") + "/alignments",
        "{\"keyResultId\":" + quota + ",\"valueKeyResultId\":" + eastRevenue.get("id") + "}");
    JsonNode summed = HQ.get("/okr/api/key-results/" + quota).json();

    assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(2);
    assertThat(read.json().get("target").decimalValue()).isEqualByComparingTo("200000000");
    assertThat(summing.status()).as(summing.toString()).isEqualTo(200);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    BigDecimal eastValue = eastRevenue.get("currentValue").decimalValue();
    assertThat(summed.at("/progress/source").asText()).isEqualTo("SUM_OF_ALIGNED");
    assertThat(summed.at("/progress/value").decimalValue()).isEqualByComparingTo(eastValue);
    assertThat(summed.at("/progress/percent").decimalValue()).isEqualByComparingTo(eastValue
        .multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("200000000"), 2,
            java.math.RoundingMode.HALF_UP));
  }

  private static JsonNode demoObjective(String unit, String code) {
    return DemoObjectives.published(HQ, unit, code);
  }

  private static JsonNode keyResult(JsonNode objective, String code) {
    return DemoObjectives.keyResult(objective, code);
  }
}
