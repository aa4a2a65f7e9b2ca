package dev.okr.it.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check-ins and the numbers they move, through the real server. A check-in on the demo team
 * objective ZJ-1 must show the same figures on the team's, the region's (EAST-1) and the
 * company's (CO-1) objectives: every objective's percent is the share-weighted sum of its key
 * results' percents, every key result fed by aligned objectives the share-weighted sum of
 * theirs, and each term equals the number shown where that term lives. Corrections, invalid
 * confidence and closed cycles are tried on the test's own drafts and cycle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckInRollUpIT {

  private static final String PASSWORD = "demo";
  private static final String CYCLE = "2026-Q4";
  private static final String TEAM_HEAD_NAME = "chen.jing";
  private static final String HQ_NAME = "zhou.ming";
  private static final OkrClient TEAM_HEAD = OkrClient.as(TEAM_HEAD_NAME, PASSWORD);
  private static final OkrClient HQ = OkrClient.as(HQ_NAME, PASSWORD);
  private static final String PROBLEM = "application/problem+json";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<String> LINEAR_KINDS = Set.of("INCREASE", "DECREASE");
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldShowCheckedInProgressConsistentlyFromTeamToCompany() {
    JsonNode team = publishedObjective("east-zhejiang", "ZJ-1");
    JsonNode keyResult = keyResult(team, "ZJ-1-KR1");
    BigDecimal before = valueOrBaseline(keyResult);
    BigDecimal value = nextValue(keyResult);

    Answer checkIn = TEAM_HEAD.post("/okr/api/key-results/" + keyResult.get("id").asLong()
        + "/check-ins", "{\"value\":" + value.toPlainString()
        + ",\"confidence\":7,\"comment\":\"拜访进展 " + suffix() + "\"}");

    assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
    assertThat(checkIn.header("Location")).endsWith("/check-ins/" + checkIn.json().get("id"));
    assertThat(checkIn.json().get("value").decimalValue()).isEqualByComparingTo(value);
    assertThat(checkIn.json().get("previousValue").decimalValue()).isEqualByComparingTo(before);
    assertThat(checkIn.json().get("author").asText()).isEqualTo(TEAM_HEAD_NAME);
    JsonNode measured = TEAM_HEAD.get("/okr/api/key-results/" + keyResult.get("id").asLong())
        .json();
    BigDecimal expected = linearPercent(measured.get("baseline").decimalValue(),
        measured.get("target").decimalValue(), value);
    assertThat(measured.get("currentValue").decimalValue()).isEqualByComparingTo(value);
    assertThat(measured.get("confidence").asInt()).isEqualTo(7);
    assertThat(measured.get("progress").get("source").asText()).isEqualTo("CHECK_INS");
    assertThat(percent(measured)).isEqualByComparingTo(expected);

    JsonNode zj1 = read(team.get("id").asLong());
    assertConsistent(zj1);
    assertThat(contributor(zj1.get("progress"), "KEY_RESULT", keyResult.get("id").asLong())
        .get("percent").decimalValue()).isEqualByComparingTo(expected);

    JsonNode east1 = read(publishedObjective("east", "EAST-1").get("id").asLong());
    assertConsistent(east1);
    JsonNode eastKr1 = keyResult(east1, "EAST-1-KR1");
    assertThat(eastKr1.get("progress").get("source").asText()).isEqualTo("ALIGNED_OBJECTIVES");
    assertThat(contributor(eastKr1.get("progress"), "OBJECTIVE", zj1.get("id").asLong())
        .get("percent").decimalValue()).isEqualByComparingTo(percent(zj1));

    JsonNode co1 = read(publishedObjective("hq", "CO-1").get("id").asLong());
    assertConsistent(co1);
    JsonNode companyKr1 = keyResult(co1, "CO-1-KR1");
    assertThat(companyKr1.get("progress").get("source").asText())
        .isEqualTo("ALIGNED_OBJECTIVES");
    assertThat(contributor(companyKr1.get("progress"), "OBJECTIVE", east1.get("id").asLong())
        .get("percent").decimalValue()).isEqualByComparingTo(percent(east1));
  }

  @Test
  void shouldCarryAPersonsCheckInUpThroughTeamAndRegionToTheCompany() {
    JsonNode person = publishedObjective("east-zhejiang", "ZJ-1-P1");
    JsonNode personKr = keyResult(person, "ZJ-1-P1-KR1");
    BigDecimal value = nextValue(personKr);

    Answer checkIn = OkrClient.as("li.xiaodong", PASSWORD).post("/okr/api/key-results/"
        + personKr.get("id").asLong() + "/check-ins", "{\"value\":" + value.toPlainString()
        + ",\"confidence\":8}");

    assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
    JsonNode personNow = read(person.get("id").asLong());
    assertThat(personNow.get("personal").asBoolean()).isTrue();
    assertConsistent(personNow);
    JsonNode zj1 = read(publishedObjective("east-zhejiang", "ZJ-1").get("id").asLong());
    assertConsistent(zj1);
    JsonNode teamKr = keyResult(zj1, "ZJ-1-KR2");
    assertThat(teamKr.get("progress").get("source").asText()).isEqualTo("ALIGNED_OBJECTIVES");
    assertThat(contributor(teamKr.get("progress"), "OBJECTIVE", personNow.get("id").asLong())
        .get("percent").decimalValue()).isEqualByComparingTo(percent(personNow));
    JsonNode east1 = read(publishedObjective("east", "EAST-1").get("id").asLong());
    assertConsistent(east1);
    assertThat(contributor(keyResult(east1, "EAST-1-KR1").get("progress"), "OBJECTIVE",
        zj1.get("id").asLong()).get("percent").decimalValue())
        .isEqualByComparingTo(percent(zj1));
    JsonNode co1 = read(publishedObjective("hq", "CO-1").get("id").asLong());
    assertConsistent(co1);
    assertThat(contributor(keyResult(co1, "CO-1-KR1").get("progress"), "OBJECTIVE",
        east1.get("id").asLong()).get("percent").decimalValue())
        .isEqualByComparingTo(percent(east1));
  }

  @Test
  void shouldRefuseAValueCheckInOnAKeyResultFedByAlignedObjectives() {
    JsonNode zj1 = publishedObjective("east-zhejiang", "ZJ-1");
    long fedFromBelow = keyResult(zj1, "ZJ-1-KR2").get("id").asLong();

    Answer value = TEAM_HEAD.post("/okr/api/key-results/" + fedFromBelow + "/check-ins",
        "{\"value\":70}");
    Answer confidence = TEAM_HEAD.post("/okr/api/key-results/" + fedFromBelow + "/check-ins",
        "{\"confidence\":6,\"comment\":\"宁波 POC 进展顺利\"}");

    assertThat(value.status()).isEqualTo(409);
    assertThat(value.json().get("detail").asText()).contains("aligned to it");
    assertThat(confidence.status()).isEqualTo(201);
  }

  @Test
  void shouldKeepBothCheckInsInHistoryWhenCorrected() {
    JsonNode draft = draft(TEAM_HEAD, CYCLE, "east-zhejiang", "修正打卡");
    JsonNode keyResult = draft.get("keyResults").get(0);
    long keyResultId = keyResult.get("id").asLong();
    JsonNode first = TEAM_HEAD.post("/okr/api/key-results/" + keyResultId + "/check-ins",
        "{\"value\":4,\"confidence\":6,\"comment\":\"误录\"}").json();

    Answer correction = TEAM_HEAD.put("/okr/api/check-ins/" + first.get("id").asLong(),
        "{\"value\":6,\"confidence\":6,\"comment\":\"更正为 6\"}", null);

    assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
    assertThat(correction.json().get("value").decimalValue()).isEqualByComparingTo("6");
    assertThat(correction.json().get("correctsId").asLong()).isEqualTo(first.get("id").asLong());
    JsonNode measured = TEAM_HEAD.get("/okr/api/key-results/" + keyResultId).json();
    assertThat(measured.get("currentValue").decimalValue()).isEqualByComparingTo("6");
    assertThat(percent(measured)).isEqualByComparingTo(linearPercent(
        keyResult.get("baseline").decimalValue(), keyResult.get("target").decimalValue(),
        new BigDecimal("6")));
    JsonNode history = TEAM_HEAD.get("/okr/api/key-results/" + keyResultId + "/check-ins")
        .json();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("id").asLong()).isEqualTo(correction.json().get("id").asLong());
    assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("6");
    assertThat(history.get(0).get("retractedAt").isNull()).isTrue();
    assertThat(history.get(1).get("id").asLong()).isEqualTo(first.get("id").asLong());
    assertThat(history.get(1).get("value").decimalValue()).isEqualByComparingTo("4");
    assertThat(history.get(1).get("retractedAt").isNull()).isFalse();
    assertThat(history.get(1).get("retractedBy").asText()).isEqualTo(TEAM_HEAD_NAME);
  }

  @Test
  void shouldRefuseCheckInWithConfidenceAboveTen() {
    JsonNode draft = draft(TEAM_HEAD, CYCLE, "east-zhejiang", "信心超限");
    long keyResultId = draft.get("keyResults").get(0).get("id").asLong();

    Answer checkIn = TEAM_HEAD.post("/okr/api/key-results/" + keyResultId + "/check-ins",
        "{\"value\":3,\"confidence\":11}");

    assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(400);
    assertThat(checkIn.contentType()).startsWith(PROBLEM);
    assertThat(checkIn.json().get("violations").findValuesAsText("field"))
        .containsExactly("confidence");
    assertThat(TEAM_HEAD.get("/okr/api/key-results/" + keyResultId + "/check-ins").json())
        .isEmpty();
    JsonNode measured = TEAM_HEAD.get("/okr/api/key-results/" + keyResultId).json();
    assertThat(measured.get("currentValue").decimalValue()).isEqualByComparingTo("0");
    assertThat(measured.get("confidence").isNull()).isTrue();
  }

  @Test
  void shouldRefuseCheckInWhileCycleIsClosedAndAcceptItAfterReopening() {
    String code = "IT-" + suffix();
    Answer cycle = HQ.post("/okr/api/cycles", "{\"code\":\"" + code + "\",\"name\":\"打卡测试 "
        + code + "\",\"startDate\":\"2026-10-01\",\"endDate\":\"2026-12-31\"}");
    long cycleId = cycle.json().get("id").asLong();
    JsonNode draft = draft(HQ, code, "hq", "关闭周期");
    long keyResultId = draft.get("keyResults").get(0).get("id").asLong();
    Answer closed = HQ.put("/okr/api/cycles/" + cycleId + "/closure", "",
        cycle.header("ETag"));

    Answer refused = HQ.post("/okr/api/key-results/" + keyResultId + "/check-ins",
        "{\"value\":2,\"comment\":\"周期已关闭\"}");
    Reply reopened = deleteWithIfMatch(HQ_NAME, "/okr/api/cycles/" + cycleId + "/closure",
        closed.header("ETag"));
    Answer accepted = HQ.post("/okr/api/key-results/" + keyResultId + "/check-ins",
        "{\"value\":2,\"comment\":\"周期已重开\"}");

    assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().get("closed").asBoolean()).isTrue();
    assertThat(closed.json().get("closedBy").asText()).isEqualTo(HQ_NAME);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith(PROBLEM);
    assertThat(refused.json().get("detail").asText()).contains(code);
    assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
    assertThat(HQ.get("/okr/api/cycles/" + cycleId).json().get("closed").asBoolean()).isFalse();
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().get("value").decimalValue()).isEqualByComparingTo("2");
    JsonNode history = HQ.get("/okr/api/key-results/" + keyResultId + "/check-ins").json();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("id").asLong()).isEqualTo(accepted.json().get("id").asLong());
    assertThat(HQ.get("/okr/api/key-results/" + keyResultId).json().get("currentValue")
        .decimalValue()).isEqualByComparingTo("2");
  }

  // --- the numbers at each level

  /**
   * Checks that the objective's figures agree with each other and with the figures shown where
   * each term lives. Shares are shown with 4 decimals and percents with 2, so a sum recomputed
   * from them may differ from the shown total by the rounding of each: 0.005 for the total,
   * 0.005 times the share and 0.00005 times the percent for each term (0.01 when the shares are
   * exact, as with the demo weights).
   */
  private static void assertConsistent(JsonNode objective) {
    String code = objective.get("code").asText();
    JsonNode progress = objective.get("progress");
    JsonNode terms = progress.get("contributors");
    List<Long> keyResultIds = new ArrayList<>();
    for (JsonNode kr : objective.get("keyResults")) {
      keyResultIds.add(kr.get("id").asLong());
      assertKeyResultConsistent(kr);
      assertThat(contributor(progress, "KEY_RESULT", kr.get("id").asLong())
          .get("percent").decimalValue())
          .as("%s: term of %s", code, kr.get("code").asText())
          .isEqualByComparingTo(percent(kr));
    }
    assertThat(terms.findValuesAsText("id").stream().map(Long::valueOf).toList())
        .as("%s: its key results are its terms", code)
        .containsExactlyElementsOf(keyResultIds);
    assertThat(percent(objective)).as("%s: share-weighted sum of its key results", code)
        .isCloseTo(weightedSum(terms), within(roundingTolerance(terms)));
    assertThat(progress.get("rawPercent").decimalValue()).isEqualByComparingTo(percent(objective));
  }

  private static void assertKeyResultConsistent(JsonNode kr) {
    String code = kr.get("code").asText();
    JsonNode progress = kr.get("progress");
    BigDecimal percent = percent(kr);
    assertThat(percent).as("%s: percent", code).isBetween(BigDecimal.ZERO, HUNDRED);
    if ("ALIGNED_OBJECTIVES".equals(progress.get("source").asText())) {
      JsonNode terms = progress.get("contributors");
      assertThat(terms).as("%s: contributors", code).isNotEmpty();
      assertThat(percent).as("%s: share-weighted sum of the aligned objectives", code)
          .isCloseTo(weightedSum(terms), within(roundingTolerance(terms)));
      for (JsonNode term : terms) {
        if ("OBJECTIVE".equals(term.get("kind").asText())) {
          JsonNode child = read(term.get("id").asLong());
          assertThat(term.get("percent").decimalValue())
              .as("%s: term of objective %s", code, child.get("code").asText())
              .isEqualByComparingTo(percent(child));
        }
      }
    } else if ("CHECK_INS".equals(progress.get("source").asText())
        && LINEAR_KINDS.contains(kr.get("kind").asText()) && kr.hasNonNull("baseline")
        && kr.hasNonNull("target") && kr.hasNonNull("currentValue")
        && kr.get("baseline").decimalValue().compareTo(kr.get("target").decimalValue()) != 0) {
      assertThat(percent).as("%s: (value - baseline) / (target - baseline)", code)
          .isCloseTo(linearPercent(kr.get("baseline").decimalValue(),
              kr.get("target").decimalValue(), kr.get("currentValue").decimalValue()),
              within(new BigDecimal("0.01")));
    }
  }

  private static BigDecimal weightedSum(JsonNode terms) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal shares = BigDecimal.ZERO;
    for (JsonNode term : terms) {
      BigDecimal share = term.get("share").decimalValue();
      sum = sum.add(share.multiply(term.get("percent").decimalValue()));
      shares = shares.add(share);
    }
    if (terms.size() > 0) {
      assertThat(shares).as("shares of %s", terms)
          .isCloseTo(BigDecimal.ONE, within(new BigDecimal("0.00005")
              .multiply(BigDecimal.valueOf(terms.size()))));
    }
    return sum;
  }

  private static BigDecimal roundingTolerance(JsonNode terms) {
    BigDecimal tolerance = new BigDecimal("0.005");
    for (JsonNode term : terms) {
      tolerance = tolerance
          .add(new BigDecimal("0.005").multiply(term.get("share").decimalValue()))
          .add(new BigDecimal("0.00005").multiply(term.get("percent").decimalValue().abs()));
    }
    return tolerance;
  }

  /** (value − baseline) / (target − baseline) in percent, clamped to 0–100, 2 decimals. */
  private static BigDecimal linearPercent(BigDecimal baseline, BigDecimal target,
      BigDecimal value) {
    BigDecimal percent = value.subtract(baseline).multiply(HUNDRED)
        .divide(target.subtract(baseline), 2, RoundingMode.HALF_UP);
    return percent.max(BigDecimal.ZERO).min(HUNDRED.setScale(2));
  }

  /**
   * A quarter step of the way from baseline to target that differs from the current value, so
   * the check-in changes the figures and its percent is exact (25, 50 or 75).
   */
  private static BigDecimal nextValue(JsonNode keyResult) {
    BigDecimal baseline = keyResult.get("baseline").decimalValue();
    BigDecimal target = keyResult.get("target").decimalValue();
    assertThat(keyResult.get("kind").asText()).isIn(LINEAR_KINDS);
    assertThat(target).isNotEqualByComparingTo(baseline);
    BigDecimal current = valueOrBaseline(keyResult);
    for (int quarter = 1; quarter <= 3; quarter++) {
      BigDecimal value = baseline.add(target.subtract(baseline)
          .multiply(BigDecimal.valueOf(quarter)).divide(BigDecimal.valueOf(4)))
          .stripTrailingZeros();
      if (value.compareTo(current) != 0) {
        return value;
      }
    }
    throw new AssertionError("unreachable: three distinct values cannot all equal one");
  }

  private static BigDecimal valueOrBaseline(JsonNode keyResult) {
    return keyResult.hasNonNull("currentValue") ? keyResult.get("currentValue").decimalValue()
        : keyResult.get("baseline").decimalValue();
  }

  private static BigDecimal percent(JsonNode objectiveOrKeyResult) {
    return objectiveOrKeyResult.get("progress").get("percent").decimalValue();
  }

  private static JsonNode contributor(JsonNode progress, String kind, long id) {
    for (JsonNode term : progress.get("contributors")) {
      if (kind.equals(term.get("kind").asText()) && term.get("id").asLong() == id) {
        return term;
      }
    }
    throw new AssertionError("no " + kind + " " + id + " among " + progress.get("contributors"));
  }

  // --- data

  /** A published objective of the demo company, found in its unit's list as the team head. */
  private static JsonNode publishedObjective(String unit, String code) {
    Answer listed = TEAM_HEAD.get("/okr/api/objectives?cycle=" + CYCLE + "&ownerUnit=" + unit
        + "&status=PUBLISHED&size=500");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    for (JsonNode objective : listed.json()) {
      if (code.equals(objective.get("code").asText())) {
        return objective;
      }
    }
    throw new AssertionError("demo objective " + code + " is missing: " + listed);
  }

  private static JsonNode keyResult(JsonNode objective, String code) {
    for (JsonNode kr : objective.get("keyResults")) {
      if (code.equals(kr.get("code").asText())) {
        return kr;
      }
    }
    throw new AssertionError("key result " + code + " is missing in " + objective);
  }

  /** The objective as HQ strategy reads it: HQ sees every objective a term may name. */
  private static JsonNode read(long id) {
    Answer answer = HQ.get("/okr/api/objectives/" + id);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  /** A draft with a count key result 0 → 10 and a percent key result 50 → 80. */
  private static JsonNode draft(OkrClient client, String cycleCode, String unit, String title) {
    Answer created = client.post("/okr/api/objectives", "{\"cycleCode\":\"" + cycleCode
        + "\",\"title\":\"" + title + " " + suffix() + "\",\"ownerUnitCode\":\"" + unit + "\","
        + "\"keyResults\":[{\"title\":\"拜访重点客户\",\"kind\":\"INCREASE\",\"unit\":\"COUNT\","
        + "\"baseline\":0,\"target\":10,\"dueDate\":\"2026-12-31\"},"
        + "{\"title\":\"方案通过率\",\"kind\":\"INCREASE\",\"unit\":\"PERCENT\","
        + "\"baseline\":50,\"target\":80,\"dueDate\":\"2026-12-31\"}]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** DELETE with If-Match, which OkrClient does not send. */
  private static Reply deleteWithIfMatch(String username, String path, String ifMatch) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(OkrClient.BASE + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .DELETE();
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer read without OkrClient. */
  private record Reply(int status, String body) {
  }
}
