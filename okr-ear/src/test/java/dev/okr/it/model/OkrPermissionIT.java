package dev.okr.it.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see and change what, each rule tried against the real server by someone it should
 * stop: team members, the team head chen.jing of east-zhejiang, its region head li.qiang, the
 * head of another region huang.lei and HQ strategy zhou.ming of the demo company. Every test
 * drafts its own objectives with unique titles; the demo objective ZJ-1 is only read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OkrPermissionIT {

  private static final String PASSWORD = "demo";
  private static final String CYCLE = "2026-Q4";
  private static final String TEAM = "east-zhejiang";
  private static final String TEAM_HEAD_NAME = "chen.jing";
  private static final OkrClient TEAM_HEAD = OkrClient.as(TEAM_HEAD_NAME, PASSWORD);
  private static final OkrClient REGION_HEAD = OkrClient.as("li.qiang", PASSWORD);
  private static final OkrClient OTHER_REGION_HEAD = OkrClient.as("huang.lei", PASSWORD);
  private static final OkrClient HQ = OkrClient.as("zhou.ming", PASSWORD);
  private static final String PROBLEM = "application/problem+json";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldRefuseTeamMemberEditingTeamHeadsObjective() {
    OkrClient member = OkrClient.as(teamMembers().get(0), PASSWORD);
    JsonNode listed = publishedObjective(member, TEAM, "ZJ-1");
    Answer before = member.get("/okr/api/objectives/" + listed.get("id").asLong());

    Answer edit = member.put("/okr/api/objectives/" + listed.get("id").asLong(),
        sameContent(before.json()), before.header("ETag"));

    assertThat(before.json().get("ownerUsername").asText()).isEqualTo(TEAM_HEAD_NAME);
    assertThat(edit.status()).as(edit.toString()).isEqualTo(403);
    assertThat(edit.contentType()).startsWith(PROBLEM);
    assertThat(edit.json().get("detail").asText()).contains(TEAM);
    Answer after = TEAM_HEAD.get("/okr/api/objectives/" + listed.get("id").asLong());
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    assertThat(after.json().get("title").asText())
        .isEqualTo(before.json().get("title").asText());
  }

  @Test
  void shouldAnswerNotFoundWhenTeamMemberReadsAnotherPersonsDraft() {
    OkrClient member = OkrClient.as(teamMembers().get(0), PASSWORD);
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("团队草稿", TEAM, "PUBLIC"));

    Answer guessed = member.get("/okr/api/objectives/" + draft.get("id").asLong());
    Answer keyResultGuessed = member.get("/okr/api/key-results/" + firstKeyResultId(draft));
    Answer unknown = member.get("/okr/api/objectives/" + Long.MAX_VALUE);

    assertThat(guessed.status()).as(guessed.toString()).isEqualTo(404);
    assertThat(guessed.contentType()).startsWith(PROBLEM);
    assertThat(guessed.json().get("title").asText())
        .isEqualTo(unknown.json().get("title").asText());
    assertThat(guessed.json().get("type").asText())
        .isEqualTo(unknown.json().get("type").asText());
    assertThat(guessed.body()).doesNotContain(draft.get("title").asText());
    assertThat(keyResultGuessed.status()).isEqualTo(404);
    assertThat(TEAM_HEAD.get("/okr/api/objectives/" + draft.get("id").asLong()).status())
        .isEqualTo(200);
  }

  @Test
  void shouldAnswerNotFoundWhenTeamMemberChecksInOnKeyResultOfHiddenDraft() {
    OkrClient member = OkrClient.as(teamMembers().get(0), PASSWORD);
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("团队草稿打卡", TEAM, "PUBLIC"));
    long keyResultId = firstKeyResultId(draft);

    Answer checkIn = member.post("/okr/api/key-results/" + keyResultId + "/check-ins",
        "{\"value\":1,\"confidence\":7,\"comment\":\"猜到的 id\"}");

    assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(404);
    assertThat(checkIn.contentType()).startsWith(PROBLEM);
    assertThat(TEAM_HEAD.get("/okr/api/key-results/" + keyResultId + "/check-ins").json())
        .isEmpty();
    assertThat(TEAM_HEAD.get("/okr/api/key-results/" + keyResultId).json()
        .get("currentValue").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void shouldLetTeamHeadEditDraftOfHerTeamMember() {
    String memberName = teamMembers().get(0);
    JsonNode draft = draft(OkrClient.as(memberName, PASSWORD),
        objectiveJson("个人目标", null, "PUBLIC"));

    Answer edit = revise(TEAM_HEAD, draft, "个人目标(组长修订)");

    assertThat(draft.get("ownerUnitCode").asText()).isEqualTo(TEAM);
    assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
    assertThat(edit.json().get("title").asText()).startsWith("个人目标(组长修订)");
    assertThat(edit.json().get("ownerUsername").asText()).isEqualTo(memberName);
    assertThat(edit.json().get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void shouldLetRegionHeadEditDraftOfTeamBelow() {
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("团队目标", TEAM, "PUBLIC"));

    Answer edit = revise(REGION_HEAD, draft, "团队目标(大区修订)");

    assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
    assertThat(edit.json().get("title").asText()).startsWith("团队目标(大区修订)");
    assertThat(TEAM_HEAD.get("/okr/api/objectives/" + draft.get("id").asLong()).json()
        .get("title").asText()).startsWith("团队目标(大区修订)");
  }

  @Test
  void shouldHideTeamDraftFromHeadOfAnotherRegion() {
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("华东团队目标", TEAM, "PUBLIC"));
    long id = draft.get("id").asLong();

    Answer read = OTHER_REGION_HEAD.get("/okr/api/objectives/" + id);
    Answer edit = OTHER_REGION_HEAD.put("/okr/api/objectives/" + id,
        reviseJson(draft, "华南越权修订"), String.valueOf(draft.get("version").asLong()));

    assertThat(read.status()).as(read.toString()).isEqualTo(404);
    assertThat(edit.status()).as(edit.toString()).isEqualTo(404);
    assertThat(edit.contentType()).startsWith(PROBLEM);
    assertThat(TEAM_HEAD.get("/okr/api/objectives/" + id).json().get("title").asText())
        .isEqualTo(draft.get("title").asText());
  }

  @Test
  void shouldLetHqStrategyEditAnyDraft() {
    JsonNode draft = draft(OkrClient.as(teamMembers().get(0), PASSWORD),
        objectiveJson("个人目标", null, "PUBLIC"));

    Answer edit = revise(HQ, draft, "个人目标(总部修订)");

    assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
    assertThat(edit.json().get("title").asText()).startsWith("个人目标(总部修订)");
  }

  @Test
  void shouldKeepPrivateDraftOutOfListsOutsideItsChain() {
    List<String> members = teamMembers();
    OkrClient drafter = OkrClient.as(members.get(0), PASSWORD);
    OkrClient peer = OkrClient.as(members.get(1), PASSWORD);
    JsonNode draft = draft(drafter, objectiveJson("私密个人目标", null, "PRIVATE"));
    long id = draft.get("id").asLong();
    String query = "cycle=" + CYCLE + "&ownerUnit=" + TEAM;

    List<Long> drafterSees = listedIds(drafter, query);
    List<Long> teamHeadSees = listedIds(TEAM_HEAD, query);
    List<Long> regionHeadSees = listedIds(REGION_HEAD, query);
    List<Long> peerSees = listedIds(peer, query);
    List<Long> otherRegionHeadSees = listedIds(OTHER_REGION_HEAD, query);

    assertThat(draft.get("visibility").asText()).isEqualTo("PRIVATE");
    assertThat(drafterSees).contains(id);
    assertThat(teamHeadSees).contains(id);
    assertThat(regionHeadSees).contains(id);
    assertThat(peerSees).doesNotContain(id);
    assertThat(otherRegionHeadSees).doesNotContain(id);
    assertThat(peer.get("/okr/api/objectives/" + id).status()).isEqualTo(404);
  }

  @Test
  void shouldRefuseCycleCreationByNonHq() {
    String code = "IT-" + suffix();

    Answer teamHead = TEAM_HEAD.post("/okr/api/cycles", cycleJson(code));
    Answer regionHead = REGION_HEAD.post("/okr/api/cycles", cycleJson(code));

    assertThat(teamHead.status()).as(teamHead.toString()).isEqualTo(403);
    assertThat(regionHead.status()).as(regionHead.toString()).isEqualTo(403);
    assertThat(regionHead.contentType()).startsWith(PROBLEM);
    assertThat(HQ.get("/okr/api/cycles").json().findValuesAsText("code")).doesNotContain(code);
  }

  @Test
  void shouldRefuseClosingCycleByRegionHead() {
    Answer created = HQ.post("/okr/api/cycles", cycleJson("IT-" + suffix()));
    long id = created.json().get("id").asLong();

    Answer close = REGION_HEAD.put("/okr/api/cycles/" + id + "/closure", "",
        created.header("ETag"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(close.status()).as(close.toString()).isEqualTo(403);
    assertThat(close.contentType()).startsWith(PROBLEM);
    JsonNode cycle = HQ.get("/okr/api/cycles/" + id).json();
    assertThat(cycle.get("closed").asBoolean()).isFalse();
    assertThat(cycle.get("closedBy").isNull()).isTrue();
  }

  @Test
  void shouldRefuseStaleIfMatchWith412() {
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("并发修改", TEAM, "PUBLIC"));
    long id = draft.get("id").asLong();
    String readEtag = TEAM_HEAD.get("/okr/api/objectives/" + id).header("ETag");
    Answer first = TEAM_HEAD.put("/okr/api/objectives/" + id, reviseJson(draft, "先到的修订"),
        readEtag);

    Answer staleEdit = TEAM_HEAD.put("/okr/api/objectives/" + id, reviseJson(draft, "过期的修订"),
        readEtag);
    Reply staleDelete = deleteWithIfMatch(TEAM_HEAD_NAME, "/okr/api/objectives/" + id,
        readEtag);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(staleEdit.status()).as(staleEdit.toString()).isEqualTo(412);
    assertThat(staleEdit.contentType()).startsWith(PROBLEM);
    assertThat(staleDelete.status()).as(staleDelete.toString()).isEqualTo(412);
    assertThat(staleDelete.contentType()).startsWith(PROBLEM);
    Answer now = TEAM_HEAD.get("/okr/api/objectives/" + id);
    assertThat(now.status()).isEqualTo(200);
    assertThat(now.json().get("title").asText()).startsWith("先到的修订");
    assertThat(now.header("ETag")).isEqualTo(first.header("ETag"));
  }

  @Test
  void shouldRequireIfMatchWith428() {
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("无条件修改", TEAM, "PUBLIC"));
    long id = draft.get("id").asLong();

    Answer edit = TEAM_HEAD.put("/okr/api/objectives/" + id, reviseJson(draft, "不带版本的修订"),
        null);
    Answer delete = TEAM_HEAD.delete("/okr/api/objectives/" + id);

    assertThat(edit.status()).as(edit.toString()).isEqualTo(428);
    assertThat(edit.contentType()).startsWith(PROBLEM);
    assertThat(delete.status()).as(delete.toString()).isEqualTo(428);
    Answer now = TEAM_HEAD.get("/okr/api/objectives/" + id);
    assertThat(now.status()).isEqualTo(200);
    assertThat(now.json().get("title").asText()).isEqualTo(draft.get("title").asText());
  }

  @Test
  void shouldShowActorAndTitlesBeforeAndAfterInAuditTrailOfRevisedObjective() {
    String memberName = teamMembers().get(0);
    JsonNode draft = draft(OkrClient.as(memberName, PASSWORD),
        objectiveJson("审计目标", null, "PUBLIC"));
    long id = draft.get("id").asLong();
    Answer revised = revise(TEAM_HEAD, draft, "审计目标(修订)");

    Answer trail = TEAM_HEAD.get("/okr/api/objectives/" + id + "/audit-entries");

    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    JsonNode drafted = entry(trail.json(), "DRAFTED");
    assertThat(drafted.get("actor").asText()).isEqualTo(memberName);
    assertThat(drafted.get("after").get("title").asText())
        .isEqualTo(draft.get("title").asText());
    JsonNode revision = entry(trail.json(), "REVISED");
    assertThat(revision.get("actor").asText()).isEqualTo(TEAM_HEAD_NAME);
    assertThat(revision.get("entityType").asText()).isEqualTo("Objective");
    assertThat(revision.get("entityId").asText()).isEqualTo(String.valueOf(id));
    assertThat(revision.get("before").get("title").asText())
        .isEqualTo(draft.get("title").asText());
    assertThat(revision.get("after").get("title").asText())
        .isEqualTo(revised.json().get("title").asText());
  }

  @Test
  void shouldRefuseWholeAuditTrailToNonHq() {
    JsonNode draft = draft(TEAM_HEAD, objectiveJson("审计查询", TEAM, "PUBLIC"));
    String query = "/okr/api/audit-entries?entityType=Objective&entityId="
        + draft.get("id").asLong();

    Answer teamHead = TEAM_HEAD.get(query);
    Answer regionHead = REGION_HEAD.get(query);
    Answer hq = HQ.get(query);

    assertThat(teamHead.status()).as(teamHead.toString()).isEqualTo(403);
    assertThat(teamHead.contentType()).startsWith(PROBLEM);
    assertThat(regionHead.status()).isEqualTo(403);
    assertThat(hq.status()).as(hq.toString()).isEqualTo(200);
    assertThat(hq.json().findValuesAsText("actor")).containsExactly(TEAM_HEAD_NAME);
  }

  @Test
  void shouldRefuseKpiForCreativeRole() {
    JsonNode creative = creativeHqPerson();

    Answer created = HQ.post("/okr/api/kpis", kpiJson(creative.get("username").asText()));

    assertThat(creative.get("executionType").asBoolean()).isFalse();
    assertThat(created.status()).as(created.toString()).isEqualTo(400);
    assertThat(created.contentType()).startsWith(PROBLEM);
    assertThat(created.json().get("detail").asText())
        .contains(creative.get("username").asText());
  }

  @Test
  void shouldRefuseKpiDefinedByPeer() {
    List<String> members = teamMembers();
    OkrClient peer = OkrClient.as(members.get(0), PASSWORD);
    String owner = members.get(1);

    Answer byPeer = peer.post("/okr/api/kpis", kpiJson(owner));
    Answer byTeamHead = TEAM_HEAD.post("/okr/api/kpis", kpiJson(owner));

    assertThat(byPeer.status()).as(byPeer.toString()).isEqualTo(403);
    assertThat(byPeer.contentType()).startsWith(PROBLEM);
    assertThat(byTeamHead.status()).as(byTeamHead.toString()).isEqualTo(201);
    assertThat(byTeamHead.json().get("ownerUsername").asText()).isEqualTo(owner);
    assertThat(byTeamHead.json().get("attainment").decimalValue())
        .isEqualByComparingTo("0.8");
    assertThat(byTeamHead.json().get("met").asBoolean()).isFalse();
  }

  // --- data of the demo company

  /** Execution-type members of east-zhejiang other than its head, in username order. */
  private static List<String> teamMembers() {
    List<String> members = new ArrayList<>();
    for (JsonNode person : TEAM_HEAD.get("/okr/api/employees?orgUnit=" + TEAM + "&size=500")
        .json()) {
      if (!TEAM_HEAD_NAME.equals(person.get("username").asText())
          && person.get("executionType").asBoolean()) {
        members.add(person.get("username").asText());
      }
    }
    assertThat(members).as("ordinary members of " + TEAM).hasSizeGreaterThanOrEqualTo(2);
    return members;
  }

  private static JsonNode creativeHqPerson() {
    for (JsonNode person : HQ.get("/okr/api/employees?orgUnit=hq&size=500").json()) {
      String role = person.get("role").asText();
      if ("PRESALES".equals(role) || "RND".equals(role)) {
        return person;
      }
    }
    throw new AssertionError("the demo company has no PRESALES or RND person at hq");
  }

  private static JsonNode publishedObjective(OkrClient client, String unit, String code) {
    Answer listed = client.get("/okr/api/objectives?cycle=" + CYCLE + "&ownerUnit=" + unit
        + "&status=PUBLISHED&size=500");
    for (JsonNode objective : listed.json()) {
      if (code.equals(objective.get("code").asText())) {
        return objective;
      }
    }
    throw new AssertionError("demo objective " + code + " is missing: " + listed);
  }

  /** Ids of every objective the client lists under the query, page by page. */
  private static List<Long> listedIds(OkrClient client, String query) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      Answer answer = client.get("/okr/api/objectives?" + query + "&size=500&page=" + page);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      for (JsonNode objective : answer.json()) {
        ids.add(objective.get("id").asLong());
      }
      if (answer.json().size() < 500) {
        assertThat((long) ids.size()).isEqualTo(Long.parseLong(answer.header("X-Total-Count")));
        return ids;
      }
    }
  }

  // --- requests

  private static JsonNode draft(OkrClient client, String json) {
    Answer created = client.post("/okr/api/objectives", json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
    return created.json();
  }

  private static Answer revise(OkrClient client, JsonNode draft, String title) {
    String etag = client.get("/okr/api/objectives/" + draft.get("id").asLong()).header("ETag");
    return client.put("/okr/api/objectives/" + draft.get("id").asLong(),
        reviseJson(draft, title), etag);
  }

  private static long firstKeyResultId(JsonNode objective) {
    return objective.get("keyResults").get(0).get("id").asLong();
  }

  private static JsonNode entry(JsonNode trail, String action) {
    for (JsonNode entry : trail) {
      if (action.equals(entry.get("action").asText())) {
        return entry;
      }
    }
    throw new AssertionError("no " + action + " entry in " + trail);
  }

  /** DELETE with If-Match, which OkrClient does not send. */
  private static Reply deleteWithIfMatch(String username, String path, String ifMatch) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(OkrClient.BASE + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("If-Match", ifMatch)
        .DELETE()
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer read without OkrClient. */
  private record Reply(int status, String contentType, String body) {
  }

  // --- bodies

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Two key results; without ownerUnit a personal objective of the caller. */
  private static String objectiveJson(String title, String ownerUnit, String visibility) {
    return "{\"cycleCode\":\"" + CYCLE + "\",\"title\":\"" + title + " " + suffix() + "\","
        + (ownerUnit == null ? "" : "\"ownerUnitCode\":\"" + ownerUnit + "\",")
        + "\"visibility\":\"" + visibility + "\","
        + "\"keyResults\":[{\"title\":\"拜访重点客户\",\"kind\":\"INCREASE\",\"unit\":\"COUNT\","
        + "\"baseline\":0,\"target\":10,\"dueDate\":\"2026-12-31\"},"
        + "{\"title\":\"方案通过率\",\"kind\":\"INCREASE\",\"unit\":\"PERCENT\","
        + "\"baseline\":50,\"target\":80,\"dueDate\":\"2026-12-31\"}]}";
  }

  /** The objective's content with a new title; key results are left out, so kept. */
  private static String reviseJson(JsonNode objective, String title) {
    return "{\"cycleCode\":\"" + objective.get("cycleCode").asText() + "\",\"title\":\""
        + title + " " + suffix() + "\",\"visibility\":\""
        + objective.get("visibility").asText() + "\",\"aspirational\":"
        + objective.get("aspirational").asBoolean() + "}";
  }

  /** The objective's content as read, unchanged; key results are left out, so kept. */
  private static String sameContent(JsonNode objective) {
    return "{\"cycleCode\":\"" + objective.get("cycleCode").asText() + "\",\"title\":"
        + objective.get("title").toString() + ",\"description\":"
        + (objective.hasNonNull("description") ? objective.get("description").toString()
            : "null") + ",\"visibility\":\""
        + objective.get("visibility").asText() + "\",\"aspirational\":"
        + objective.get("aspirational").asBoolean() + "}";
  }

  private static String cycleJson(String code) {
    return "{\"code\":\"" + code + "\",\"name\":\"权限测试周期 " + code + "\","
        + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-03-31\"}";
  }

  private static String kpiJson(String owner) {
    return "{\"cycleCode\":\"" + CYCLE + "\",\"ownerUsername\":\"" + owner + "\","
        + "\"name\":\"新签合同数 " + suffix() + "\",\"unit\":\"COUNT\",\"target\":10,"
        + "\"actual\":8,\"lowerIsBetter\":false}";
  }
}
