package dev.okr.workflow.reallocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates the real {@code processes/okr-reallocation-approval-level.dmn} (hit policy FIRST). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "okr-reallocation-approval-level.dmn")
class ReallocationApprovalLevelDecisionTest {

  private static final String DECISION_KEY = "okr-reallocation-approval-level";

  @Test
  void shouldBeDeployedWithBusinessNameAndHistoryTimeToLive() {
    DecisionDefinition decision = repositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).singleResult();

    assertThat(decision.getName()).isEqualTo("资源调配审批层级");
    assertThat(decision.getHistoryTimeToLive()).isEqualTo(365);
  }

  @ParameterizedTest(name = "{0} {1} → HQ approval {2}")
  @CsvSource({
      "PEOPLE,        1,         false",
      "PEOPLE,        2,         false",
      "PEOPLE,        3,         true",
      "BUDGET,        3,         false",
      "BUDGET,        500000,    false",
      "BUDGET,        500000.01, true",
      "BUDGET,        2000000,   true",
      "PRESALES_DAYS, 3,         false",
      "PRESALES_DAYS, 20,        false",
      "PRESALES_DAYS, 20.5,      true",
      "PRESALES_DAYS, 21,        true"})
  void shouldRequireHqApprovalOnlyAboveTheThresholdOfTheResourceType(
      String resourceType, double amount, boolean hqApprovalRequired) {

    DmnDecisionResult result = evaluate(resourceType, amount);

    assertThat(result.getResultList()).hasSize(1);
    assertThat((Boolean) result.getSingleEntry()).isEqualTo(hqApprovalRequired);
  }

  @Test
  void shouldLeaveUnknownResourceTypesToRegionHeads() {
    DmnDecisionResult result = evaluate("EQUIPMENT", 1_000_000);

    assertThat((Boolean) result.getSingleEntry()).isFalse();
  }

  private static DmnDecisionResult evaluate(String resourceType, double amount) {
    return decisionService().evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("resourceType", resourceType)
            .putValue("amount", amount))
        .evaluate();
  }
}
