package dev.okr.it.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.DemoObjectives;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client mistakes found by trying to break the API: each one answers 4xx with a problem
 * document and changes nothing, never 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final OkrClient TEAM_HEAD = OkrClient.as("chen.jing", "demo");
  private static final OkrClient HQ = OkrClient.as("zhou.ming", "demo");
  private static final OkrClient ADMIN = OkrClient.as("admin", "admin");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldRefuseNumbersTheDatabaseCannotHoldWith400() {
    Answer hugeTarget = TEAM_HEAD.post("/okr/api/objectives", "{\"cycleCode\":\"2026-Q4\","
        + "\"title\":\"太大的目标\",\"keyResults\":[{\"title\":\"KR\",\"baseline\":0,"
        + "\"target\":1e300}]}");
    Answer farFuture = HQ.post("/okr/api/cycles", "{\"code\":\"IT-FAR\",\"name\":\"远\","
        + "\"startDate\":\"2026-01-01\",\"endDate\":\"+999999999-12-31\"}");
    long keyResult = zj1KeyResult();
    Answer hugeCheckIn = TEAM_HEAD.post("/okr/api/key-results/" + keyResult + "/check-ins",
        "{\"value\":1e30}");

    for (Answer answer : List.of(hugeTarget, farFuture, hugeCheckIn)) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(hugeCheckIn.json().get("detail").asText()).contains("too large");
  }

  @Test
  void shouldNotImportForRealWhenDryRunIsMisspelt() {
    String row = "Y" + UUID.randomUUID().toString().substring(0, 8);
    String csv = "row_id,type,parent_row_id,level,cycle_code,start_date,end_date,region,"
        + "owner_email,owner_name,title,metric_type,direction,unit,currency,start_value,"
        + "target_value,current_value,weight,notes\n" + row + ",objective,,company,2026-Q4,"
        + "2026-10-01,2026-12-31,,ceo.office@okr-demo.test,陈立,试导入,,,,,,,,,\n";

    Answer answer = ADMIN.postRaw("/okr/api/okr-imports?dryRun=yes", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asText()).contains("dryRun");
  }

  @Test
  void shouldAnswerAHiddenKeyResultExactlyLikeAMissingOne() {
    Answer draft = TEAM_HEAD.post("/okr/api/objectives", "{\"cycleCode\":\"2026-Q4\","
        + "\"title\":\"草稿 " + UUID.randomUUID() + "\",\"ownerUnitCode\":\"east-zhejiang\","
        + "\"keyResults\":[{\"title\":\"KR\",\"baseline\":0,\"target\":1}]}");
    long hidden = draft.json().at("/keyResults/0/id").asLong();
    OkrClient outsider = OkrClient.as("huang.lei", "demo");

    Answer hiddenAnswer = outsider.get("/okr/api/key-results/" + hidden);
    Answer missingAnswer = outsider.get("/okr/api/key-results/987654321");

    assertThat(hiddenAnswer.status()).isEqualTo(404);
    assertThat(hiddenAnswer.json().get("detail").asText())
        .isEqualTo("Key result '" + hidden + "' does not exist");
    assertThat(missingAnswer.json().get("detail").asText())
        .isEqualTo("Key result '987654321' does not exist");
  }

  @Test
  void shouldKeepOwnerAndSourceOfAKeyResultWhenAPutLeavesThemOut() {
    long keyResult = zj1KeyResult();
    Answer before = TEAM_HEAD.get("/okr/api/key-results/" + keyResult);
    JsonNode kr = before.json();

    Answer put = TEAM_HEAD.put("/okr/api/key-results/" + keyResult, "{\"title\":"
        + kr.get("title") + ",\"kind\":\"INCREASE\",\"unit\":\"COUNT\",\"baseline\":"
        + kr.get("baseline") + ",\"target\":" + kr.get("target") + ",\"weight\":"
        + kr.get("weight") + "}", before.header("ETag"));

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("ownerUsername").asText())
        .isEqualTo(kr.get("ownerUsername").asText());
    assertThat(put.json().get("source").asText()).isEqualTo(kr.get("source").asText());
  }

  @Test
  void shouldAnswerTheSameLinkMadeFiveTimesAtOnceWithOneCreatedAndConflictsNeverA500() {
    JsonNode south1 = objective("south", "SOUTH-1");
    JsonNode co1 = objective("hq", "CO-1");
    long target = co1.at("/keyResults/0/id").asLong();
    OkrClient southHead = OkrClient.as("huang.lei", "demo");

    List<Integer> statuses = IntStream.range(0, 5)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> southHead.post(
            "/okr/api/objectives/" + south1.get("id") + "/alignments",
            "{\"keyResultId\":" + target + ",\"type\":\"SUPPORTING\"}").status()))
        .toList().stream().map(CompletableFuture::join).toList();

    assertThat(statuses).doesNotContain(500).containsOnlyOnce(201);
    assertThat(statuses).allMatch(status -> status == 201 || status == 409);
  }

  @Test
  void shouldReportTheDatabaseInTheHealthProbe() {
    Answer health = OkrClient.anonymous().get("/okr/api/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
  }

  private static long zj1KeyResult() {
    return objective("east-zhejiang", "ZJ-1").at("/keyResults/0/id").asLong();
  }

  private static JsonNode objective(String unit, String code) {
    return DemoObjectives.published(HQ, unit, code);
  }
}
