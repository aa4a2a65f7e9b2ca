package dev.okr.workflow.reallocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs {@code processes/okr-resource-reallocation.bpmn} with the real approval-level decision
 * table; delegates and the vote listener are mocks registered under their bean names, and
 * {@code reallocationApprovers} is a small stand-in whose rejections are recorded by the vote
 * listener mock, as the domain records them in production.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "okr-resource-reallocation.bpmn",
    "okr-reallocation-approval-level.dmn",
    "okr-reallocation-approval.form"})
class ReallocationProcessTest {

  private static final String PROCESS_KEY = "okr-resource-reallocation";
  private static final String APPROVAL_TASK = "Activity_ApproveReallocation";
  private static final long REQUEST_ID = 31L;
  private static final Date REQUESTED_AT = Date.from(
      OffsetDateTime.parse("2025-03-18T14:00+08:00").toInstant());

  private final VotingApprovers approvers = new VotingApprovers();
  private final TaskListener recordVote = mock(TaskListener.class);
  private final JavaDelegate applyReallocation = mock(JavaDelegate.class);
  private final JavaDelegate rejectReallocation = mock(JavaDelegate.class);
  private final JavaDelegate remindApprovers = mock(JavaDelegate.class);
  private final JavaDelegate escalateReallocation = mock(JavaDelegate.class);

  @BeforeEach
  void registerMocks() {
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      if (!Boolean.TRUE.equals(task.getVariable("approved"))) {
        approvers.rejected.add((Long) task.getVariable("requestId"));
      }
      return null;
    }).when(recordVote).notify(any(DelegateTask.class));

    Mocks.register("reallocationApprovers", approvers);
    Mocks.register("recordReallocationVoteTaskListener", recordVote);
    Mocks.register("applyReallocationDelegate", applyReallocation);
    Mocks.register("rejectReallocationDelegate", rejectReallocation);
    Mocks.register("remindReallocationApproversDelegate", remindApprovers);
    Mocks.register("escalateReallocationDelegate", escalateReallocation);
  }

  @AfterEach
  void resetMocksAndClock() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void shouldAskRegionHeadsOnlyWhenDecisionTableDoesNotRequireHq() {
    ProcessInstance instance = requestPeople(1.0);

    assertThat(instance).isWaitingAt(APPROVAL_TASK).hasPassed("Activity_DecideApprovalLevel")
        .variables().containsEntry("hqApprovalRequired", false);
    assertThat(approvers.askedWith).isNotEmpty().containsOnly(false);
    assertThat(candidateGroupsOfOpenTasks(instance))
        .containsExactlyInAnyOrder("region-head-east", "region-head-south");
  }

  @Test
  void shouldAddHqApproverWhenDecisionTableRequiresHq() {
    ProcessInstance instance = requestPeople(3.0);

    assertThat(instance).variables().containsEntry("hqApprovalRequired", true);
    assertThat(approvers.askedWith).isNotEmpty().containsOnly(true);
    assertThat(candidateGroupsOfOpenTasks(instance))
        .containsExactlyInAnyOrder("region-head-east", "region-head-south", "hq");
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
        .initializeFormKeys().list())
        .allSatisfy(task -> {
          assertThat(task.getCamundaFormRef().getKey()).isEqualTo("okr-reallocation-approval");
          assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
        });
  }

  @Test
  void shouldApplyTransferAndEndApprovedWhenAllApprove() throws Exception {
    ProcessInstance instance = requestPeople(3.0);

    for (Task task : openTasks(instance)) {
      taskService().complete(task.getId(), Map.of("approved", true));
      executeContinuations(instance);
    }

    verify(recordVote, times(3)).notify(any(DelegateTask.class));
    verify(applyReallocation, times(1)).execute(any());
    verify(rejectReallocation, never()).execute(any());
    assertThat(instance).isEnded()
        .hasPassedInOrder(APPROVAL_TASK, "Activity_ApplyTransfer", "Event_Approved")
        .hasNotPassed("Activity_RecordRejection");
  }

  @Test
  void shouldCancelRemainingApprovalsAndRecordRejectionWhenOneHeadRejects() throws Exception {
    ProcessInstance instance = requestPeople(3.0);
    Task first = openTasks(instance).get(0);

    taskService().complete(first.getId(),
        Map.of("approved", false, "rejectionReason", "华南本季度售前人手不足"));
    executeContinuations(instance);

    assertThat(openTasks(instance)).isEmpty();
    verify(rejectReallocation, times(1)).execute(any());
    verify(applyReallocation, never()).execute(any());
    assertThat(instance).isEnded()
        .hasPassedInOrder(APPROVAL_TASK, "Activity_RecordRejection", "Event_Rejected")
        .hasNotPassed("Activity_ApplyTransfer");
  }

  @Test
  void shouldCommitOnlyTheVoteAndCountItInAJobWhenAnApprovalIsCompleted() {
    ProcessInstance instance = requestPeople(1.0);
    List<Task> tasks = openTasks(instance);

    taskService().complete(tasks.get(0).getId(), Map.of("approved", true));

    List<Job> voteJobs = voteContinuations(instance);
    assertThat(voteJobs).hasSize(1);
    assertThat(openTasks(instance)).extracting(Task::getId)
        .containsExactly(tasks.get(1).getId());

    managementService().executeJob(voteJobs.get(0).getId());

    assertThat(voteContinuations(instance)).isEmpty();
    assertThat(approvalContinuation(instance)).isNull();
    assertThat(instance).isNotEnded().isWaitingAt(APPROVAL_TASK);
    assertThat(openTasks(instance)).extracting(Task::getId)
        .containsExactly(tasks.get(1).getId());
  }

  @Test
  void shouldLetTwoHeadsCompleteAtOnceAndContinueInJobs() throws Exception {
    ProcessInstance instance = requestPeople(1.0);
    List<Task> tasks = openTasks(instance);

    taskService().complete(tasks.get(0).getId(), Map.of("approved", true));
    taskService().complete(tasks.get(1).getId(), Map.of("approved", true));

    assertThat(openTasks(instance)).isEmpty();
    List<Job> voteJobs = voteContinuations(instance);
    assertThat(voteJobs).hasSize(2);
    voteJobs.forEach(job -> managementService().executeJob(job.getId()));
    verify(applyReallocation, never()).execute(any());

    Job afterApproval = approvalContinuation(instance);
    assertThat(afterApproval).isNotNull();
    managementService().executeJob(afterApproval.getId());

    verify(applyReallocation, times(1)).execute(any());
    assertThat(instance).isEnded().hasPassed("Event_Approved");
  }

  @Test
  void shouldRemindApproversAfterOneDayWithoutEndingApprovals() throws Exception {
    ClockUtil.setCurrentTime(REQUESTED_AT);
    ProcessInstance instance = requestPeople(1.0);
    Job reminder = timerOf(instance, "Event_ApprovalReminder");

    managementService().executeJob(reminder.getId());

    assertThat(reminder.getDuedate()).isEqualTo(afterRequest(Duration.ofDays(1)));
    verify(remindApprovers, times(1)).execute(any());
    verify(escalateReallocation, never()).execute(any());
    assertThat(openTasks(instance)).hasSize(2);
    assertThat(instance).isWaitingAt(APPROVAL_TASK).hasPassed("Event_ApproversReminded");
    assertThat(timerOf(instance, "Event_ApprovalEscalation")).isNotNull();
  }

  @Test
  void shouldEscalateToHqAfterTwoDaysWithoutEndingApprovals() throws Exception {
    ClockUtil.setCurrentTime(REQUESTED_AT);
    ProcessInstance instance = requestPeople(1.0);
    Job escalation = timerOf(instance, "Event_ApprovalEscalation");

    managementService().executeJob(escalation.getId());

    assertThat(escalation.getDuedate()).isEqualTo(afterRequest(Duration.ofDays(2)));
    verify(escalateReallocation, times(1)).execute(any());
    assertThat(openTasks(instance)).hasSize(2);
    assertThat(instance).isWaitingAt(APPROVAL_TASK).hasPassed("Event_EscalatedToHq");
  }

  /**
   * Stands in for {@code reallocationApprovers}: east asks south for help; HQ joins when the
   * decision table says so. Rejections are recorded by the vote listener mock.
   */
  public static class VotingApprovers {
    final Set<Long> rejected = new HashSet<>();
    final List<Boolean> askedWith = new ArrayList<>();

    public List<String> groupsFor(Long requestId, Boolean hqApprovalRequired) {
      askedWith.add(hqApprovalRequired);
      List<String> groups = new ArrayList<>(List.of("region-head-east", "region-head-south"));
      if (Boolean.TRUE.equals(hqApprovalRequired)) {
        groups.add("hq");
      }
      return groups;
    }

    public boolean anyRejected(Long requestId) {
      return rejected.contains(requestId);
    }
  }

  private static ProcessInstance requestPeople(double headcount) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        "requestId", REQUEST_ID,
        "resourceType", "PEOPLE",
        "amount", headcount,
        "requestingRegion", "east",
        "givingRegion", "south",
        "reallocationSummary", "华东向华南借调售前顾问,支持 Top 10 地产商投标"));
  }

  private static List<Task> openTasks(ProcessInstance instance) {
    return taskService().createTaskQuery().processInstanceId(instance.getId())
        .orderByTaskId().asc().list();
  }

  private static List<String> candidateGroupsOfOpenTasks(ProcessInstance instance) {
    List<String> groups = new ArrayList<>();
    for (Task task : openTasks(instance)) {
      for (IdentityLink link : taskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          groups.add(link.getGroupId());
        }
      }
    }
    return groups;
  }

  /** Jobs left by each completed approval (asyncAfter on the multi-instance loop). */
  private static List<Job> voteContinuations(ProcessInstance instance) {
    return managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .activityId(APPROVAL_TASK)
        .list();
  }

  /** The job left when the approval as a whole is over (asyncAfter on the user task). */
  private static Job approvalContinuation(ProcessInstance instance) {
    return managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .activityId(APPROVAL_TASK + "#multiInstanceBody")
        .singleResult();
  }

  private static void executeContinuations(ProcessInstance instance) {
    voteContinuations(instance).forEach(job -> managementService().executeJob(job.getId()));
    Job afterApproval = approvalContinuation(instance);
    if (afterApproval != null) {
      managementService().executeJob(afterApproval.getId());
    }
  }

  private static Job timerOf(ProcessInstance instance, String boundaryEventId) {
    return managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(boundaryEventId)
        .singleResult();
  }

  private static Date afterRequest(Duration duration) {
    return Date.from(REQUESTED_AT.toInstant().plus(duration));
  }
}
