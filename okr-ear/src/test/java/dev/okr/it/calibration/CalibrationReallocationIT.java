package dev.okr.it.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import dev.okr.workflow.calibration.CalibrationSchedule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calibration and reallocation workflows through the real server, as people work them in
 * Tasklist (whose calls to the engine REST API these are): 华东 calls a calibration, the
 * challenger from another region raises risks, the head decides and asks 华南 for pre-sales days,
 * both heads approve at the same moment, and the ledger and the response time show it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationReallocationIT {

  private static final OkrClient EAST_HEAD = OkrClient.as("li.qiang", "demo");
  private static final OkrClient SOUTH_HEAD = OkrClient.as("huang.lei", "demo");
  private static final OkrClient NORTH_HEAD = OkrClient.as("hu.siyu", "demo");
  private static final OkrClient ADMIN = OkrClient.as("admin", "admin");
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldRunACalibrationFromChallengeToApprovedReallocationInTheLedger() {
    Answer started = EAST_HEAD.post("/okr/api/regions/east/calibrations", "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode session = started.json();
    String processInstance = session.get("processInstanceId").asText();
    String challenger = session.get("challengerUsername").asText();
    assertThat(session.at("/report/keyResults").findValuesAsText("code"))
        .contains("EAST-1-KR1", "EAST-1-KR2", "ZJ-1-KR1");
    assertThat(OkrClient.as("admin", "admin").get("/okr/api/employees/" + challenger).json()
        .get("orgUnitCode").asText()).doesNotStartWith("east");

    OkrClient challengerClient = OkrClient.as(challenger, "demo");
    JsonNode review = singleTask(challengerClient, processInstance, "Activity_ChallengeReview");
    Answer form = challengerClient.get("/engine-rest/task/" + review.get("id").asText()
        + "/deployed-form");
    Answer challenged = challengerClient.post("/engine-rest/task/" + review.get("id").asText()
        + "/submit-form", "{\"variables\":{"
        + "\"risk1KeyResult\":{\"value\":\"EAST-1-KR2\",\"type\":\"String\"},"
        + "\"risk1Description\":{\"value\":\"万科华东总部的预算要到明年一季度才批\","
        + "\"type\":\"String\"},\"risk1Severity\":{\"value\":\"HIGH\",\"type\":\"String\"},"
        + "\"challengeSummary\":{\"value\":\"签约节奏过于乐观\",\"type\":\"String\"}}}");
    assertThat(form.json().get("id").asText()).isEqualTo("okr-calibration-challenge");
    assertThat(challenged.status()).as(challenged.body()).isEqualTo(204);

    JsonNode decision = singleTask(EAST_HEAD, processInstance, "Activity_HeadDecision");
    String decide = "/engine-rest/task/" + decision.get("id").asText() + "/submit-form";
    Answer withoutAssessment = EAST_HEAD.post(decide, "{\"variables\":{"
        + "\"rightBattle\":{\"value\":true,\"type\":\"Boolean\"}}}");
    Answer decided = EAST_HEAD.post(decide, "{\"variables\":{"
        + "\"rightBattle\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"battleAssessment\":{\"value\":\"方向没错，但售前资源不够\",\"type\":\"String\"},"
        + "\"decisions\":{\"value\":\"Top 10 名单不变\\n每周复盘万科进展\",\"type\":\"String\"},"
        + "\"reallocationRequested\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"reallocationGivingRegion\":{\"value\":\"south\",\"type\":\"String\"},"
        + "\"reallocationResourceType\":{\"value\":\"PRESALES_DAYS\",\"type\":\"String\"},"
        + "\"reallocationAmount\":{\"value\":10,\"type\":\"Double\"},"
        + "\"reallocationKeyAccount\":{\"value\":\"万科华东区域总部\",\"type\":\"String\"},"
        + "\"reallocationReason\":{\"value\":\"POC 排期冲突\",\"type\":\"String\"},"
        + "\"reallocationGainingKeyResults\":{\"value\":\"EAST-1-KR2, EAST-1-KR3\","
        + "\"type\":\"String\"},"
        + "\"reallocationLosingKeyResults\":{\"value\":\"SOUTH-1-KR1\",\"type\":\"String\"}}}");
    assertThat(withoutAssessment.status()).isEqualTo(400);
    assertThat(withoutAssessment.body()).contains("battleAssessment");
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);

    JsonNode calibrated = EAST_HEAD.get("/okr/api/calibrations/" + session.get("id")).json();
    assertThat(calibrated.get("status").asText()).isEqualTo("DECIDED");
    assertThat(calibrated.get("rightBattle").asBoolean()).isTrue();
    assertThat(calibrated.at("/risks/0/severity").asText()).isEqualTo("HIGH");
    assertThat(calibrated.at("/risks/0/keyResultRef").asText()).isEqualTo("EAST-1-KR2");
    assertThat(calibrated.at("/risks/0/raisedBy").asText()).isEqualTo(challenger);
    assertThat(calibrated.get("decisions").findValuesAsText("kind"))
        .containsExactly("DECISION", "DECISION", "REALLOCATION");
    long requestId = calibrated.at("/decisions/2/reallocationRequestId").asLong();

    JsonNode request = EAST_HEAD.get("/okr/api/reallocations/" + requestId).json();
    assertThat(request.get("gains").findValuesAsText("code"))
        .containsExactly("EAST-1-KR2", "EAST-1-KR3");
    assertThat(request.get("loses").findValuesAsText("code")).containsExactly("SOUTH-1-KR1");
    assertThat(request.at("/gains/0/progressPercent").isNumber()).isTrue();
    String approval = request.get("processInstanceId").asText();
    JsonNode southTask = singleTask(SOUTH_HEAD, approval, "Activity_ApproveReallocation");
    JsonNode eastTask = singleTask(EAST_HEAD, approval, "Activity_ApproveReallocation");
    String approve = "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}";
    CompletableFuture<Answer> south = CompletableFuture.supplyAsync(() -> SOUTH_HEAD.post(
        "/engine-rest/task/" + southTask.get("id").asText() + "/submit-form", approve));
    CompletableFuture<Answer> east = CompletableFuture.supplyAsync(() -> EAST_HEAD.post(
        "/engine-rest/task/" + eastTask.get("id").asText() + "/submit-form", approve));
    assertThat(List.of(south.join().status(), east.join().status())).containsOnly(204);

    JsonNode approved = awaitDecision(requestId);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("hqApprovalRequired").asBoolean()).isFalse();
    assertThat(approved.get("votes").findValuesAsText("approverGroup"))
        .containsExactlyInAnyOrder("region-head-east", "region-head-south");
    assertThat(approved.get("responseTimeHours").decimalValue()).isNotNegative();
    JsonNode ledger = EAST_HEAD.get("/okr/api/resource-ledger").json();
    assertThat(entriesOf(ledger, requestId)).containsExactlyInAnyOrder("east:10.00",
        "south:-10.00");
  }

  @Test
  void shouldPickChallengersFromOtherRegionsAndSpreadThemOverTime() {
    List<String> challengers = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      Answer started = SOUTH_HEAD.post("/okr/api/regions/south/calibrations", "");
      assertThat(started.status()).as(started.body()).isEqualTo(201);
      challengers.add(started.json().get("challengerUsername").asText());
    }

    JsonNode sessions = SOUTH_HEAD.get("/okr/api/regions/south/calibrations").json();

    assertThat(challengers).doesNotHaveDuplicates();
    for (String challenger : challengers) {
      assertThat(ADMIN.get("/okr/api/employees/" + challenger).json().get("orgUnitCode")
          .asText()).doesNotStartWith("south");
    }
    assertThat(sessions.size()).isGreaterThanOrEqualTo(3);
    long latest = sessions.get(0).get("id").asLong();
    long earlier = sessions.get(1).get("id").asLong();
    JsonNode first = SOUTH_HEAD.post("/okr/api/calibrations/" + earlier + "/decisions",
        "{\"text\":\"暂停广西渠道扩张\"}").json();
    Answer reversal = SOUTH_HEAD.post("/okr/api/calibrations/" + latest + "/decisions",
        "{\"text\":\"恢复广西渠道扩张\",\"reversesDecisionId\":" + first.get("id") + "}");
    Answer backwards = SOUTH_HEAD.post("/okr/api/calibrations/" + earlier + "/decisions",
        "{\"text\":\"倒着撤销\",\"reversesDecisionId\":" + reversal.json().get("id") + "}");
    assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
    assertThat(reversal.json().get("reversesId").asLong()).isEqualTo(first.get("id").asLong());
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(sessions.get(0).get("challengerUsername").asText()).isEqualTo(challengers.get(2));
    assertThat(OkrClient.as("zhang.wei", "demo").post("/okr/api/regions/south/calibrations", "")
        .status()).isEqualTo(403);
  }

  @Test
  void shouldEndARequestAtTheFirstRejectionWithItsReason() {
    Answer requested = EAST_HEAD.post("/okr/api/reallocations", "{\"requestingRegion\":\"east\","
        + "\"givingRegion\":\"north\",\"resourceType\":\"PEOPLE\",\"amount\":3,"
        + "\"keyAccount\":\"融创华东\",\"reason\":\"需要三名交付工程师\"}");
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    long requestId = requested.json().get("id").asLong();
    String approval = requested.json().get("processInstanceId").asText();
    assertThat(ADMIN.get("/engine-rest/task?processInstanceId=" + approval).json())
        .hasSize(3);

    Answer withoutReason = NORTH_HEAD.post("/okr/api/reallocations/" + requestId + "/votes",
        "{\"approved\":false}");
    Answer stranger = OkrClient.as("zhang.wei", "demo").post("/okr/api/reallocations/"
        + requestId + "/votes", "{\"approved\":true}");
    Answer rejected = NORTH_HEAD.post("/okr/api/reallocations/" + requestId + "/votes",
        "{\"approved\":false,\"reason\":\"华北自己的交付也排满了\"}");

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.contentType()).startsWith("application/problem+json");
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(204);
    JsonNode decided = awaitDecision(requestId);
    assertThat(decided.get("status").asText()).isEqualTo("REJECTED");
    assertThat(decided.get("hqApprovalRequired").asBoolean()).isTrue();
    assertThat(decided.get("rejectionReason").asText()).contains("华北自己的交付也排满了");
    assertThat(ADMIN.get("/engine-rest/task?processInstanceId=" + approval).json()).isEmpty();
    assertThat(entriesOf(EAST_HEAD.get("/okr/api/resource-ledger").json(), requestId))
        .isEmpty();
  }

  @Test
  void shouldRefuseARequestNobodyCouldApprove() {
    Answer ownRegion = EAST_HEAD.post("/okr/api/reallocations", request("east", "5"));
    Answer notARegion = EAST_HEAD.post("/okr/api/reallocations", request("hq", "5"));
    Answer unknown = EAST_HEAD.post("/okr/api/reallocations", request("atlantis", "5"));
    Answer nothing = EAST_HEAD.post("/okr/api/reallocations", request("south", "0"));
    Answer foreign = SOUTH_HEAD.post("/okr/api/reallocations", request("north", "5"));

    assertThat(List.of(ownRegion.status(), notARegion.status(), unknown.status(),
        nothing.status())).containsOnly(400);
    assertThat(ownRegion.json().get("detail").asText()).contains("cannot ask itself");
    assertThat(foreign.status()).isEqualTo(403);
  }

  @Test
  void shouldRefuseAmountsThatCannotBeBookedAsSent() {
    Answer tenthOfACent = EAST_HEAD.post("/okr/api/reallocations", request("south", "0.001"));
    Answer halfAPerson = EAST_HEAD.post("/okr/api/reallocations", "{\"requestingRegion\":"
        + "\"east\",\"givingRegion\":\"south\",\"resourceType\":\"PEOPLE\",\"amount\":1.5,"
        + "\"keyAccount\":\"绿城\"}");

    assertThat(tenthOfACent.status()).isEqualTo(400);
    assertThat(tenthOfACent.json().get("detail").asText()).contains("2 decimals");
    assertThat(halfAPerson.status()).isEqualTo(400);
    assertThat(halfAPerson.json().get("detail").asText()).contains("whole");
  }

  @Test
  void shouldRefuseAnUnknownSeverityInTheChallengeFormAndKeepTheTaskOpen() {
    JsonNode session = OkrClient.as("luo.ting", "demo").post(
        "/okr/api/regions/central/calibrations", "").json();
    OkrClient challenger = OkrClient.as(session.get("challengerUsername").asText(), "demo");
    JsonNode review = singleTask(challenger, session.get("processInstanceId").asText(),
        "Activity_ChallengeReview");

    Answer bogus = challenger.post("/engine-rest/task/" + review.get("id").asText()
        + "/submit-form", "{\"variables\":{"
        + "\"risk1Description\":{\"value\":\"渠道冲突\",\"type\":\"String\"},"
        + "\"risk1Severity\":{\"value\":\"BOGUS\",\"type\":\"String\"}}}");

    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.body()).contains("Severity 'BOGUS'").doesNotContain("OKR-400");
    singleTask(challenger, session.get("processInstanceId").asText(),
        "Activity_ChallengeReview");
  }

  @Test
  void shouldScheduleTheNextCalibrationOnTheBeijingGridWhateverTheServerZone() {
    JsonNode jobs = ADMIN.get("/engine-rest/job?processDefinitionKey=okr-calibration-biweekly")
        .json();

    assertThat(jobs).hasSize(1);
    Instant due = OffsetDateTime.parse(jobs.get(0).get("dueDate").asText(), ENGINE_DATE)
        .toInstant();
    assertThat(due).isEqualTo(CalibrationSchedule.nextSlot(Instant.now()).toInstant());
    assertThat(due.atZone(CalibrationSchedule.ZONE).getHour()).isEqualTo(10);
  }

  private static String request(String giving, String amount) {
    return "{\"requestingRegion\":\"east\",\"givingRegion\":\"" + giving + "\","
        + "\"resourceType\":\"BUDGET\",\"amount\":" + amount + ",\"keyAccount\":\"绿城\"}";
  }

  private static JsonNode singleTask(OkrClient client, String processInstance,
      String taskDefinitionKey) {
    JsonNode tasks = client.post("/engine-rest/task", "{\"processInstanceId\":\""
        + processInstance + "\",\"taskDefinitionKey\":\"" + taskDefinitionKey + "\"}").json();
    assertThat(tasks).as("open %s tasks visible to the user", taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  /**
   * The approval continues in a job after the last vote (asyncAfter). The job executor runs it;
   * the test also executes whatever job is due, so it never waits long.
   */
  private static JsonNode awaitDecision(long requestId) {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonNode request = EAST_HEAD.get("/okr/api/reallocations/" + requestId).json();
      if (!"REQUESTED".equals(request.get("status").asText())) {
        return request;
      }
      for (JsonNode job : ADMIN.get("/engine-rest/job?processInstanceId="
          + request.get("processInstanceId").asText() + "&executable=true").json()) {
        ADMIN.post("/engine-rest/job/" + job.get("id").asText() + "/execute", "");
      }
    }
    throw new AssertionError("reallocation request " + requestId + " was never decided");
  }

  private static List<String> entriesOf(JsonNode ledger, long requestId) {
    return java.util.stream.StreamSupport.stream(ledger.get("entries").spliterator(), false)
        .filter(e -> e.get("requestId").asLong() == requestId)
        .map(e -> e.get("regionCode").asText() + ":" + e.get("amount").decimalValue()
            .setScale(2).toPlainString())
        .toList();
  }
}
