package dev.okr.workflow.objective;

import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.ObjectiveService.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.jboss.logging.Logger;

/**
 * Sends an objective to review: marks it submitted in the domain and starts the approval process
 * (or, after a return, completes the drafter's revise task) in one JTA transaction, so either
 * both happen or neither does.
 */
@ApplicationScoped
public class ObjectiveSubmissionService {

  private static final Logger LOG = Logger.getLogger(ObjectiveSubmissionService.class);

  @Inject
  ObjectiveService objectives;

  /** Submits the objective and returns the id of the approval process instance. */
  @Transactional
  public String submit(String actorUsername, long objectiveId) {
    Submission submission = objectives.prepareSubmission(actorUsername, objectiveId);
    Objective objective = submission.objective();
    ProcessEngine engine = BpmPlatform.getDefaultProcessEngine();
    Map<String, Object> variables = Variables.createVariables()
        .putValue(ApprovalProcess.OBJECTIVE_ID, objectiveId)
        .putValue(ApprovalProcess.OBJECTIVE_TITLE, objective.getTitle())
        .putValue(ApprovalProcess.OBJECTIVE_SUMMARY, ObjectiveService.summarise(objective))
        .putValue(ApprovalProcess.DRAFTER_ID, submission.drafter().getUsername())
        .putValue(ApprovalProcess.REVIEWER_ID, submission.reviewer().getUsername());

    Task revise = openReviseTask(engine, objective);
    // In review before the process runs: its quality check may return the objective at once.
    objectives.markSubmitted(actorUsername, objectiveId);
    String processInstanceId;
    if (revise != null) {
      processInstanceId = revise.getProcessInstanceId();
      engine.getTaskService().complete(revise.getId(), variables);
    } else {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
          ApprovalProcess.PROCESS_KEY, ApprovalProcess.businessKey(objectiveId), variables);
      processInstanceId = instance.getId();
      objectives.linkApprovalProcess(objectiveId, processInstanceId);
    }

    LOG.infof("Objective '%d' sent to review by '%s', reviewer '%s'", objectiveId,
        actorUsername, submission.reviewer().getUsername());
    return processInstanceId;
  }

  private static Task openReviseTask(ProcessEngine engine, Objective objective) {
    if (objective.getProcessInstanceId() == null) {
      return null;
    }
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(objective.getProcessInstanceId())
        .taskDefinitionKey(ApprovalProcess.REVISE_TASK)
        .singleResult();
  }
}
