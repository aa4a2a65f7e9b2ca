package dev.okr.workflow.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluates the real {@code processes/okr-key-result-quality.dmn} (hit policy COLLECT). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "okr-key-result-quality.dmn")
class KeyResultQualityDecisionTest {

  private static final String DECISION_KEY = "okr-key-result-quality";

  @Test
  void shouldReportNoFindingsForMeasurableKeyResult() {
    Map<String, Object> keyResult = goodKeyResult();

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList()).isEmpty();
  }

  @Test
  void shouldReportMissingBaselineOnlyOnceWhenBaselineIsMissing() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("hasBaseline", false);
    keyResult.put("targetDiffersFromBaseline", false);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList())
        .extracting(f -> f.get("severity"), f -> f.get("code"), f -> f.get("message"))
        .containsExactly(tuple("ERROR", "MISSING_BASELINE", "关键结果缺少基线值"));
  }

  @Test
  void shouldReportErrorWhenTargetEqualsBaseline() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("targetDiffersFromBaseline", false);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList())
        .extracting(f -> f.get("severity"), f -> f.get("code"), f -> f.get("message"))
        .containsExactly(tuple("ERROR", "TARGET_EQUALS_BASELINE", "目标值与基线值相同,无法衡量进展"));
  }

  @Test
  void shouldReportErrorWhenUnitIsMissing() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("hasUnit", false);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList())
        .extracting(f -> f.get("severity"), f -> f.get("code"), f -> f.get("message"))
        .containsExactly(tuple("ERROR", "MISSING_UNIT", "关键结果缺少度量单位"));
  }

  @Test
  void shouldReportErrorWhenDueDateIsMissing() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("hasDueDate", false);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList())
        .extracting(f -> f.get("severity"), f -> f.get("code"), f -> f.get("message"))
        .containsExactly(tuple("ERROR", "MISSING_DUE_DATE", "关键结果缺少截止日期"));
  }

  @Test
  void shouldCollectEveryFindingWhenSeveralRulesMatch() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("hasUnit", false);
    keyResult.put("hasDueDate", false);
    keyResult.put("title", "召开 10 次客户会议");

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.<String>collectEntries("code"))
        .containsExactlyInAnyOrder("MISSING_UNIT", "MISSING_DUE_DATE", "ACTIVITY_ONLY");
  }

  @Test
  void shouldWarnWhenTitleIsMeetingCountInsteadOfOutcome() {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("title", "召开 10 次客户会议");

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList())
        .extracting(f -> f.get("severity"), f -> f.get("code"), f -> f.get("message"))
        .containsExactly(tuple("WARNING", "ACTIVITY_ONLY",
            "这更像一项活动而不是结果,例如“召开 10 次会议”;请描述可衡量的业务结果"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "拜访 20 家区域经销商",
      "举办 2 场产品发布会",
      "完成 5 次销售培训",
      "Hold 12 customer meetings",
      "Organize a partner summit"})
  void shouldWarnWhenTitleDescribesActivity(String title) {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("title", title);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.<String>collectEntries("code")).containsExactly("ACTIVITY_ONLY");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "签约 3 家 Top 10 地产商",
      "华东区续约率从 70% 提升到 85%",
      "Raise renewal rate in the south region to 85%"})
  void shouldNotWarnWhenTitleDescribesOutcome(String title) {
    Map<String, Object> keyResult = goodKeyResult();
    keyResult.put("title", title);

    DmnDecisionResult findings = evaluate(keyResult);

    assertThat(findings.getResultList()).isEmpty();
  }

  private static Map<String, Object> goodKeyResult() {
    Map<String, Object> keyResult = new HashMap<>();
    keyResult.put("hasBaseline", true);
    keyResult.put("targetDiffersFromBaseline", true);
    keyResult.put("hasUnit", true);
    keyResult.put("hasDueDate", true);
    keyResult.put("title", "签约 3 家 Top 10 地产商");
    return keyResult;
  }

  private static DmnDecisionResult evaluate(Map<String, Object> keyResult) {
    return decisionService().evaluateDecisionByKey(DECISION_KEY)
        .variables(keyResult)
        .evaluate();
  }
}
