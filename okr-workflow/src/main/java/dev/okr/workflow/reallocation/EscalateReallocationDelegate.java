package dev.okr.workflow.reallocation;

import dev.okr.domain.organisation.GroupIds;
import dev.okr.domain.reallocation.ReallocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * Escalates a request nobody decided within two days to HQ: HQ may now work every open approval
 * task of it in Tasklist.
 */
@Named
@ApplicationScoped
public class EscalateReallocationDelegate implements JavaDelegate {

  @Inject
  ReallocationService reallocations;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task open : tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ReallocationProcess.APPROVAL_TASK)
        .list()) {
      tasks.addCandidateGroup(open.getId(), GroupIds.HQ);
    }
    reallocations.recordFollowUp((Long) execution.getVariable(ReallocationProcess.REQUEST_ID),
        "ESCALATED_TO_HQ");
  }
}
