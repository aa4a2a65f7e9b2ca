package dev.okr.workflow.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs {@code processes/okr-calibration.bpmn} on an in-memory engine with every delegate and
 * listener replaced by a mock registered under its bean name.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "okr-calibration.bpmn",
    "okr-calibration-challenge.form",
    "okr-calibration-decision.form"})
class CalibrationProcessTest {

  private static final String PROCESS_KEY = "okr-calibration";
  private static final String REGION = "east";
  private static final String REGION_HEAD = "zhao.lei";
  private static final String CHALLENGER = "sun.mei";
  private static final String REPORT = "华东战区:KR1 进度 40%,KR2 进度 85%";
  private static final String RISKS = "KR1:Top 10 地产商预算冻结,签约可能落空(高)";
  private static final Date STARTED_AT = at("2025-03-17T10:00+08:00");

  private final JavaDelegate prepareCalibrationReport = mock(JavaDelegate.class);
  private final JavaDelegate pickChallenger = mock(JavaDelegate.class);
  private final TaskListener recordChallengerRisks = mock(TaskListener.class);
  private final TaskListener recordCalibrationDecision = mock(TaskListener.class);
  private final JavaDelegate escalateCalibration = mock(JavaDelegate.class);
  private final JavaDelegate requestReallocation = mock(JavaDelegate.class);

  @BeforeEach
  void registerMocks() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("regionHeadUsername", REGION_HEAD);
      execution.setVariable("sessionId", 11L);
      execution.setVariable("reportSummary", REPORT);
      return null;
    }).when(prepareCalibrationReport).execute(any());
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("challengerUsername", CHALLENGER);
      return null;
    }).when(pickChallenger).execute(any());
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      task.setVariable("challengerRisksSummary", RISKS);
      return null;
    }).when(recordChallengerRisks).notify(any(DelegateTask.class));

    Mocks.register("prepareCalibrationReportDelegate", prepareCalibrationReport);
    Mocks.register("pickChallengerDelegate", pickChallenger);
    Mocks.register("recordChallengerRisksTaskListener", recordChallengerRisks);
    Mocks.register("recordCalibrationDecisionTaskListener", recordCalibrationDecision);
    Mocks.register("escalateCalibrationDelegate", escalateCalibration);
    Mocks.register("requestReallocationDelegate", requestReallocation);
  }

  @AfterEach
  void resetMocksAndClock() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void shouldBeDeployedAsRegionCalibrationNotStartableFromTasklist() {
    ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).singleResult();

    assertThat(definition.getName()).isEqualTo("战区校准会");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(365);
    assertThat(definition.isStartableInTasklist()).isFalse();
  }

  @Test
  void shouldAssignChallengeReviewToPickedChallengerWithDeployedChallengeForm() throws Exception {
    ProcessInstance instance = startCalibration();

    assertThat(instance).isWaitingAt("Activity_ChallengeReview")
        .hasPassedInOrder("Activity_PrepareReport", "Activity_PickChallenger");
    Task review = taskWithFormKeys(instance);
    assertThat(review).isAssignedTo(CHALLENGER);
    CamundaFormRef formRef = review.getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("okr-calibration-challenge");
    assertThat(formRef.getBinding()).isEqualTo("deployment");
    assertThat(deployedFormOf(review)).contains("\"id\": \"okr-calibration-challenge\"");
    assertThat(runtimeService().getVariable(instance.getId(), "reportSummary")).isEqualTo(REPORT);
  }

  @Test
  void shouldAssignDecisionToRegionHeadWithDeployedDecisionFormWhenChallengerCompletes()
      throws Exception {
    ProcessInstance instance = startCalibration();

    taskService().complete(currentTask(instance).getId(),
        Map.of("risk1Description", "Top 10 地产商预算冻结", "risk1Severity", "HIGH"));

    verify(recordChallengerRisks, times(1)).notify(any(DelegateTask.class));
    assertThat(instance).isWaitingAt("Activity_HeadDecision")
        .variables().containsEntry("challengerRisksSummary", RISKS);
    Task decision = taskWithFormKeys(instance);
    assertThat(decision).isAssignedTo(REGION_HEAD);
    CamundaFormRef formRef = decision.getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("okr-calibration-decision");
    assertThat(formRef.getBinding()).isEqualTo("deployment");
    assertThat(deployedFormOf(decision)).contains("\"id\": \"okr-calibration-decision\"");
  }

  @Test
  void shouldEndCalibratedWithoutReallocationWhenHeadDoesNotRequestIt() throws Exception {
    decisionListenerSetsReallocationRequested(false);
    ProcessInstance instance = startCalibration();
    taskService().complete(currentTask(instance).getId());

    taskService().complete(currentTask(instance).getId(),
        Map.of("rightBattle", true, "battleAssessment", "方向正确,KR1 需要更多售前支持"));

    verify(recordCalibrationDecision, times(1)).notify(any(DelegateTask.class));
    verify(requestReallocation, never()).execute(any());
    assertThat(instance).isEnded()
        .hasPassed("Event_Calibrated")
        .hasNotPassed("Activity_RequestReallocation", "Event_CalibratedWithReallocation");
  }

  @Test
  void shouldRequestReallocationWhenHeadRequestsIt() throws Exception {
    decisionListenerSetsReallocationRequested(true);
    ProcessInstance instance = startCalibration();
    taskService().complete(currentTask(instance).getId());

    taskService().complete(currentTask(instance).getId(), Map.of(
        "rightBattle", false,
        "battleAssessment", "KR1 缺人,需要华南支援",
        "reallocationGivingRegion", "south",
        "reallocationResourceType", "PEOPLE",
        "reallocationAmount", 2.0));

    verify(requestReallocation, times(1)).execute(any());
    assertThat(instance).isEnded()
        .hasPassedInOrder("Activity_HeadDecision", "Activity_RequestReallocation",
            "Event_CalibratedWithReallocation")
        .hasNotPassed("Event_Calibrated");
  }

  @Test
  void shouldEscalateAfterThreeDaysAndKeepChallengeReviewOpenWhenReviewIsOverdue()
      throws Exception {
    ClockUtil.setCurrentTime(STARTED_AT);
    ProcessInstance instance = startCalibration();
    String reviewId = currentTask(instance).getId();
    Job overdue = timerOf(instance, "Event_ReviewOverdue");

    managementService().executeJob(overdue.getId());

    assertThat(overdue.getDuedate()).isEqualTo(threeDaysAfterStart());
    verify(escalateCalibration, times(1)).execute(any());
    assertThat(instance).isWaitingAt("Activity_ChallengeReview")
        .hasPassedInOrder("Activity_EscalateOverdueReview", "Event_ReviewEscalated");
    assertThat(currentTask(instance).getId()).isEqualTo(reviewId);
    assertThat(currentTask(instance)).isAssignedTo(CHALLENGER);
  }

  @Test
  void shouldEscalateAfterThreeDaysAndKeepDecisionOpenWhenDecisionIsOverdue() throws Exception {
    ProcessInstance instance = startCalibration();
    ClockUtil.setCurrentTime(STARTED_AT);
    taskService().complete(currentTask(instance).getId());
    String decisionId = currentTask(instance).getId();
    Job overdue = timerOf(instance, "Event_DecisionOverdue");

    managementService().executeJob(overdue.getId());

    assertThat(overdue.getDuedate()).isEqualTo(threeDaysAfterStart());
    verify(escalateCalibration, times(1)).execute(any());
    assertThat(instance).isWaitingAt("Activity_HeadDecision")
        .hasPassedInOrder("Activity_EscalateOverdueDecision", "Event_DecisionEscalated")
        .hasNotPassed("Event_ReviewEscalated");
    assertThat(currentTask(instance).getId()).isEqualTo(decisionId);
    assertThat(currentTask(instance)).isAssignedTo(REGION_HEAD);
  }

  private void decisionListenerSetsReallocationRequested(boolean requested) {
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      task.setVariable("reallocationRequested", requested);
      return null;
    }).when(recordCalibrationDecision).notify(any(DelegateTask.class));
  }

  private static ProcessInstance startCalibration() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of("regionCode", REGION));
  }

  private static Job timerOf(ProcessInstance instance, String boundaryEventId) {
    return managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(boundaryEventId)
        .singleResult();
  }

  private static Date threeDaysAfterStart() {
    return Date.from(STARTED_AT.toInstant().plus(Duration.ofDays(3)));
  }

  private static Task currentTask(ProcessInstance instance) {
    return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Task taskWithFormKeys(ProcessInstance instance) {
    return taskService().createTaskQuery()
        .processInstanceId(instance.getId())
        .initializeFormKeys()
        .singleResult();
  }

  private static String deployedFormOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Date at(String offsetDateTime) {
    return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
  }
}
