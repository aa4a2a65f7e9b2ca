package dev.okr.workflow.reallocation;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Group;
import dev.okr.domain.reallocation.ReallocationDraft;
import dev.okr.domain.reallocation.ReallocationRequest;
import dev.okr.domain.reallocation.ReallocationService;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.jboss.logging.Logger;

/**
 * Starts reallocation requests and lets API clients vote on them. Recording the request and
 * starting its approval process happen in one JTA transaction.
 */
@ApplicationScoped
public class ReallocationWorkflow {

  private static final Logger LOG = Logger.getLogger(ReallocationWorkflow.class);

  @Inject
  ReallocationService reallocations;

  @Inject
  Directory directory;

  /**
   * Records the request and starts its approval.
   *
   * @param calibrationSessionId the calibration that asked for it, or null
   */
  @Transactional
  public ReallocationRequest request(String actorUsername, ReallocationDraft draft,
      Long calibrationSessionId) {
    ReallocationRequest request = reallocations.request(actorUsername, draft,
        calibrationSessionId);

    String processInstanceId = engine().getRuntimeService().startProcessInstanceByKey(
        ReallocationProcess.PROCESS_KEY,
        ReallocationProcess.BUSINESS_KEY_PREFIX + request.getId(),
        Variables.createVariables()
            .putValue(ReallocationProcess.REQUEST_ID, request.getId())
            .putValue(ReallocationProcess.RESOURCE_TYPE, request.getResourceType().name())
            .putValue(ReallocationProcess.AMOUNT, request.getAmount().doubleValue())
            .putValue(ReallocationProcess.REQUESTING_REGION,
                request.getRequestingRegion().getCode())
            .putValue(ReallocationProcess.GIVING_REGION, request.getGivingRegion().getCode())
            .putValue(ReallocationProcess.SUMMARY, summary(request)))
        .getId();
    reallocations.linkProcess(request.getId(), processInstanceId);

    LOG.infof("Reallocation request '%d' sent for approval (process instance '%s')",
        request.getId(), processInstanceId);
    return request;
  }

  /**
   * Votes as the caller on their open approval task of the request, as Tasklist would: the
   * task is claimed and completed with the vote as task-local variables.
   */
  @Transactional
  public void vote(String actorUsername, long requestId, boolean approved, String reason) {
    ReallocationRequest request = reallocations.read(requestId);
    List<String> groups = directory.groupsOf(actorUsername).stream().map(Group::id).toList();
    List<Task> open = engine().getTaskService().createTaskQuery()
        .processInstanceBusinessKey(ReallocationProcess.BUSINESS_KEY_PREFIX + requestId)
        .taskDefinitionKey(ReallocationProcess.APPROVAL_TASK)
        .taskCandidateGroupIn(groups)
        .includeAssignedTasks()
        .list();
    if (open.isEmpty()) {
      if (request.getProcessInstanceId() == null) {
        throw new StateConflictException("Reallocation request '" + requestId
            + "' has no approval running");
      }
      throw new AccessDeniedException("'" + actorUsername + "' has no open vote on"
          + " reallocation request '" + requestId + "' (already voted, decided, or not an"
          + " approver)");
    }
    Task task = open.get(0);
    engine().getTaskService().claim(task.getId(), actorUsername);
    engine().getTaskService().setVariablesLocal(task.getId(), Map.of(
        ReallocationProcess.APPROVED, approved,
        ReallocationProcess.REJECTION_REASON, reason == null ? "" : reason));
    engine().getIdentityService().setAuthentication(actorUsername, groups);
    try {
      engine().getTaskService().complete(task.getId());
    } finally {
      engine().getIdentityService().clearAuthentication();
    }
  }

  private static String summary(ReallocationRequest r) {
    StringBuilder text = new StringBuilder()
        .append(r.getRequestingRegion().getName()).append(" 向 ")
        .append(r.getGivingRegion().getName()).append(" 申请 ")
        .append(r.getAmount().stripTrailingZeros().toPlainString()).append(' ')
        .append(r.getResourceType().label())
        .append("，用于重点客户 ").append(r.getKeyAccount());
    if (r.getReason() != null) {
      text.append("\n理由：").append(r.getReason());
    }
    r.getKeyResults().forEach(k -> text.append('\n')
        .append(k.getSide().name().equals("GAINS") ? "受益: " : "受影响: ")
        .append(k.getKeyResult().getCode() == null ? "KR-" + k.getKeyResult().getId()
            : k.getKeyResult().getCode())
        .append(' ').append(k.getKeyResult().getTitle()));
    return text.toString();
  }

  private static ProcessEngine engine() {
    return BpmPlatform.getDefaultProcessEngine();
  }
}
