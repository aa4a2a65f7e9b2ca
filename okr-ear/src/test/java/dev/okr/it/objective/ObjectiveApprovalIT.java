package dev.okr.it.objective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OKR setting workflow end to end through the real server: a team lead drafts and submits
 * through the API, the region head finds the review in his tasks, works it with its Camunda
 * Form through the engine's REST API as Tasklist does, and the objective reads as published.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectiveApprovalIT {

  private static final OkrClient TEAM_LEAD = OkrClient.as("chen.jing", "demo");
  private static final OkrClient REGION_HEAD = OkrClient.as("li.qiang", "demo");
  private static final OkrClient SALES = OkrClient.as("zhang.wei", "demo");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldPublishObjectiveWhenRegionHeadApprovesInTasklist() {
    long id = draft(TEAM_LEAD, "杭州高端楼盘安防方案突破", "0", "2");

    Answer submitted = TEAM_LEAD.post("/okr/api/objectives/" + id + "/submission", "");
    JsonNode task = reviewTaskFor(id);
    Answer form = REGION_HEAD.get("/engine-rest/task/" + task.get("id").asText()
        + "/deployed-form");
    Answer completed = REGION_HEAD.post("/engine-rest/task/" + task.get("id").asText()
        + "/submit-form", "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"reviewComment\":{\"value\":\"同意,按计划推进\",\"type\":\"String\"}}}");

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.json().get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(task.get("name").asText()).isEqualTo("审批 OKR");
    assertThat(task.get("tasklistUrl").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("okr-review");
    assertThat(completed.status()).isEqualTo(204);
    JsonNode published = TEAM_LEAD.get("/okr/api/objectives/" + id).json();
    assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.get("reviewComment").asText()).isEqualTo("同意,按计划推进");
    assertThat(SALES.get("/okr/api/objectives/" + id).status()).isEqualTo(200);
  }

  @Test
  void shouldReturnObjectiveToDrafterWithCommentWhenRejected() {
    long id = draft(TEAM_LEAD, "宁波地产客户 POC 提升", "50", "75");
    TEAM_LEAD.post("/okr/api/objectives/" + id + "/submission", "");
    String taskId = reviewTaskFor(id).get("id").asText();

    Answer withoutComment = REGION_HEAD.post("/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":false,\"type\":\"Boolean\"}}}");
    Answer withComment = REGION_HEAD.post("/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":false,\"type\":\"Boolean\"},"
            + "\"reviewComment\":{\"value\":\"KR2 目标偏低\",\"type\":\"String\"}}}");

    assertThat(withoutComment.status()).isBetween(400, 500);
    assertThat(withoutComment.body()).contains("审批意见");
    assertThat(withComment.status()).isEqualTo(204);
    JsonNode returned = TEAM_LEAD.get("/okr/api/objectives/" + id).json();
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.get("reviewComment").asText()).isEqualTo("KR2 目标偏低");
    JsonNode revise = TEAM_LEAD.get("/okr/api/tasks").json();
    assertThat(revise.findValuesAsText("objectiveId")).contains(String.valueOf(id));
  }

  @Test
  void shouldSendObjectiveBackWhenQualityCheckFindsMissingBaseline() {
    String body = objectiveJson("缺少基线的目标", null, "2");

    long id = TEAM_LEAD.post("/okr/api/objectives", body).json().get("id").asLong();
    JsonNode afterSubmit = TEAM_LEAD.post("/okr/api/objectives/" + id + "/submission", "").json();

    assertThat(afterSubmit.get("status").asText()).isEqualTo("RETURNED");
    assertThat(afterSubmit.get("reviewComment").asText()).contains("KR1: 关键结果缺少基线值");
    assertThat(REGION_HEAD.get("/okr/api/tasks").json().findValuesAsText("objectiveId"))
        .doesNotContain(String.valueOf(id));
  }

  @Test
  void shouldRefuseStaleRevisionWith412AndMissingIfMatchWith428() {
    long id = draft(TEAM_LEAD, "温州渠道拓展", "0", "3");
    String etag = TEAM_LEAD.get("/okr/api/objectives/" + id).header("ETag");

    Answer first = TEAM_LEAD.put("/okr/api/objectives/" + id,
        objectiveJson("温州渠道拓展(修订)", "0", "4"), etag);
    Answer stale = TEAM_LEAD.put("/okr/api/objectives/" + id,
        objectiveJson("温州渠道拓展(冲突)", "0", "5"), etag);
    Answer unconditional = TEAM_LEAD.put("/okr/api/objectives/" + id,
        objectiveJson("温州渠道拓展(无条件)", "0", "5"), null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(unconditional.status()).isEqualTo(428);
    assertThat(TEAM_LEAD.get("/okr/api/objectives/" + id).json().get("title").asText())
        .isEqualTo("温州渠道拓展(修订)");
  }

  @Test
  void shouldAnswerClientMistakesWithProblemDetails() {
    Answer anonymous = OkrClient.anonymous().get("/okr/api/objectives");
    Answer unknown = TEAM_LEAD.get("/okr/api/objectives/999999");
    Answer sixKeyResults = TEAM_LEAD.post("/okr/api/objectives", "{\"cycleCode\":\"2026-Q4\","
        + "\"title\":\"六个关键结果\",\"keyResults\":["
        + "{\"title\":\"KR\"},".repeat(5) + "{\"title\":\"KR\"}]}");
    Answer unknownField = TEAM_LEAD.post("/okr/api/objectives", "{\"cycle\":\"2026-Q4\"}");
    Answer brokenJson = TEAM_LEAD.post("/okr/api/objectives", "{\"title\": ");
    Answer foreignUnit = SALES.post("/okr/api/objectives",
        objectiveJson("越权为团队起草", "0", "2"));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asText()).endsWith("/not-found");
    assertThat(unknown.json().get("path").asText()).isEqualTo("/okr/api/objectives/999999");
    assertThat(anonymous.json().get("path").asText()).isEqualTo("/okr/api/objectives");
    assertThat(sixKeyResults.status()).isEqualTo(400);
    assertThat(sixKeyResults.json().get("violations").get(0).get("field").asText())
        .isEqualTo("keyResults");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("detail").asText()).contains("'cycle'");
    assertThat(brokenJson.status()).isEqualTo(400);
    assertThat(foreignUnit.status()).isEqualTo(403);
    for (Answer answer : new Answer[] {anonymous, unknown, sixKeyResults, unknownField,
        brokenJson, foreignUnit}) {
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().get("instance").asText()).startsWith("urn:uuid:");
    }
  }

  @Test
  void shouldDescribeApiWithOpenApi() {
    Answer openApi = OkrClient.anonymous().get("/okr/api/openapi.json");

    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().get("paths").has("/api/objectives/{id}/submission")).isTrue();
  }

  private static long draft(OkrClient client, String title, String baseline, String target) {
    Answer created = client.post("/okr/api/objectives", objectiveJson(title, baseline, target));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static String objectiveJson(String title, String baseline, String target) {
    long alignedTo = alignedKeyResultId();
    return "{\"cycleCode\":\"2026-Q4\",\"title\":\"" + title + "\","
        + "\"ownerUnitCode\":\"east-zhejiang\",\"alignedKeyResultId\":" + alignedTo + ","
        + "\"keyResults\":[{\"title\":\"签约高端楼盘项目\",\"kind\":\"INCREASE\","
        + "\"unit\":\"COUNT\",\"baseline\":" + baseline + ",\"target\":" + target + ","
        + "\"dueDate\":\"2026-12-31\"},{\"title\":\"POC 通过率达到 80%\",\"kind\":\"INCREASE\","
        + "\"unit\":\"PERCENT\",\"baseline\":60,\"target\":80,\"dueDate\":\"2026-12-31\"}]}";
  }

  private static long alignedKeyResultId() {
    for (JsonNode objective : TEAM_LEAD.get("/okr/api/objectives?ownerUnit=east").json()) {
      for (JsonNode kr : objective.get("keyResults")) {
        if ("EAST-1-KR1".equals(kr.get("code").asText())) {
          return kr.get("id").asLong();
        }
      }
    }
    throw new AssertionError("demo key result EAST-1-KR1 is missing");
  }

  private static JsonNode reviewTaskFor(long objectiveId) {
    for (JsonNode task : REGION_HEAD.get("/okr/api/tasks").json()) {
      if (task.path("objectiveId").asLong() == objectiveId) {
        return task;
      }
    }
    throw new AssertionError("li.qiang has no review task for objective " + objectiveId);
  }
}
