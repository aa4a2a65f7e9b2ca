package dev.okr.workflow.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
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
import org.mockito.stubbing.Answer;

/**
 * Runs {@code processes/okr-setting-approval.bpmn} on an in-memory engine with every delegate
 * and listener replaced by a mock registered under its bean name.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "okr-setting-approval.bpmn",
    "okr-review.form",
    "okr-revise.form",
    "okr-key-result-quality.dmn"})
class OkrSettingApprovalProcessTest {

  private static final String PROCESS_KEY = "okr-setting-approval";
  private static final String DRAFTER = "zhang.wei";
  private static final String REVIEWER = "li.na";
  private static final String FINDINGS = "关键结果缺少基线值";

  private final JavaDelegate checkObjectiveQuality = mock(JavaDelegate.class);
  private final JavaDelegate publishObjective = mock(JavaDelegate.class);
  private final JavaDelegate returnObjective = mock(JavaDelegate.class);
  private final JavaDelegate remindReviewer = mock(JavaDelegate.class);
  private final TaskListener requireRejectionComment = mock(TaskListener.class);

  @BeforeEach
  void registerMocks() {
    Mocks.register("checkObjectiveQualityDelegate", checkObjectiveQuality);
    Mocks.register("publishObjectiveDelegate", publishObjective);
    Mocks.register("returnObjectiveDelegate", returnObjective);
    Mocks.register("remindReviewerDelegate", remindReviewer);
    Mocks.register("requireRejectionCommentTaskListener", requireRejectionComment);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void shouldAskDrafterToReviseWhenQualityCheckFails() throws Exception {
    doAnswer(qualityCheck(false)).when(checkObjectiveQuality).execute(any());

    ProcessInstance instance = startApproval();

    assertThat(instance).isWaitingAt("Activity_ReviseObjective")
        .hasPassed("Activity_CheckQuality")
        .hasNotPassed("Activity_ReviewObjective");
    Task revise = taskWithFormKeys(instance);
    assertThat(revise).isAssignedTo(DRAFTER);
    assertThat(revise.getCamundaFormRef().getKey()).isEqualTo("okr-revise");
    assertThat(runtimeService().getVariable(instance.getId(), "qualityFindings"))
        .isEqualTo(FINDINGS);
  }

  @Test
  void shouldCheckQualityAgainWhenDrafterResubmits() throws Exception {
    doAnswer(qualityCheck(false)).doAnswer(qualityCheck(true))
        .when(checkObjectiveQuality).execute(any());
    ProcessInstance instance = startApproval();

    taskService().complete(currentTask(instance).getId());

    verify(checkObjectiveQuality, times(2)).execute(any());
    assertThat(instance).isWaitingAt("Activity_ReviewObjective")
        .hasPassedInOrder("Activity_CheckQuality", "Activity_ReviseObjective",
            "Activity_CheckQuality");
    assertThat(currentTask(instance)).isAssignedTo(REVIEWER);
  }

  @Test
  void shouldAssignReviewToReviewerWithDeployedReviewFormWhenQualityPasses() throws Exception {
    doAnswer(qualityCheck(true)).when(checkObjectiveQuality).execute(any());

    ProcessInstance instance = startApproval();

    assertThat(instance).isWaitingAt("Activity_ReviewObjective")
        .hasNotPassed("Activity_ReviseObjective");
    Task review = taskWithFormKeys(instance);
    assertThat(review).isAssignedTo(REVIEWER);
    CamundaFormRef formRef = review.getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("okr-review");
    assertThat(formRef.getBinding()).isEqualTo("deployment");
    assertThat(deployedFormOf(review)).contains("\"id\": \"okr-review\"");
  }

  @Test
  void shouldPublishObjectiveWhenReviewerApproves() throws Exception {
    doAnswer(qualityCheck(true)).when(checkObjectiveQuality).execute(any());
    ProcessInstance instance = startApproval();

    taskService().complete(currentTask(instance).getId(), Map.of("approved", true));

    verify(requireRejectionComment).notify(any(DelegateTask.class));
    verify(publishObjective, times(1)).execute(any());
    verify(returnObjective, never()).execute(any());
    assertThat(instance).isEnded().hasPassed("Event_ObjectivePublished");
  }

  @Test
  void shouldReturnObjectiveToDrafterWhenReviewerRejectsWithComment() throws Exception {
    doAnswer(qualityCheck(true)).when(checkObjectiveQuality).execute(any());
    ProcessInstance instance = startApproval();

    taskService().complete(currentTask(instance).getId(),
        Map.of("approved", false, "reviewComment", "关键结果 2 没有截止日期"));

    verify(returnObjective, times(1)).execute(any());
    verify(publishObjective, never()).execute(any());
    assertThat(instance).isWaitingAt("Activity_ReviseObjective")
        .hasPassed("Activity_ReturnObjective")
        .variables().containsEntry("reviewComment", "关键结果 2 没有截止日期");
    assertThat(currentTask(instance)).isAssignedTo(DRAFTER);
  }

  @Test
  void shouldKeepReviewOpenWhenRejectionCommentListenerRefusesCompletion() throws Exception {
    doAnswer(qualityCheck(true)).when(checkObjectiveQuality).execute(any());
    doThrow(new IllegalStateException("退回时必须填写审批意见"))
        .when(requireRejectionComment).notify(any(DelegateTask.class));
    ProcessInstance instance = startApproval();
    String reviewId = currentTask(instance).getId();

    assertThatThrownBy(() -> taskService().complete(reviewId, Map.of("approved", false)))
        .hasMessageContaining("退回时必须填写审批意见");

    verify(returnObjective, never()).execute(any());
    assertThat(instance).isWaitingAt("Activity_ReviewObjective");
    assertThat(currentTask(instance).getId()).isEqualTo(reviewId);
  }

  @Test
  void shouldRemindReviewerAndKeepReviewOpenWhenReviewIsOverdue() throws Exception {
    doAnswer(qualityCheck(true)).when(checkObjectiveQuality).execute(any());
    ProcessInstance instance = startApproval();
    String reviewId = currentTask(instance).getId();
    Job overdueTimer = managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId("Event_ReviewOverdue")
        .singleResult();

    managementService().executeJob(overdueTimer.getId());

    assertThat(overdueTimer.getDuedate().toInstant())
        .isAfter(Instant.now().plus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)));
    verify(remindReviewer, times(1)).execute(any());
    assertThat(instance).isWaitingAt("Activity_ReviewObjective")
        .hasPassed("Event_ReviewerReminded");
    assertThat(currentTask(instance).getId()).isEqualTo(reviewId);
  }

  private static ProcessInstance startApproval() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        "objectiveId", 42L,
        "objectiveTitle", "华东区 2025 Q3 商业地产签约翻番",
        "objectiveSummary", "KR1 签约 3 家 Top 10 地产商\nKR2 续约率从 70% 提升到 85%",
        "drafterId", DRAFTER,
        "reviewerId", REVIEWER));
  }

  /** Stands in for the quality delegate: writes the two variables the gateway and forms read. */
  private static Answer<Void> qualityCheck(boolean passed) {
    return invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("qualityPassed", passed);
      execution.setVariable("qualityFindings", passed ? "" : FINDINGS);
      return null;
    };
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
}
