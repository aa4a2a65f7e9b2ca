package dev.okr.workflow.objective;

import dev.okr.domain.objective.ObjectiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Publishes the approved objective, in the transaction that completes the review task. */
@Named
@ApplicationScoped
public class PublishObjectiveDelegate implements JavaDelegate {

  @Inject
  ObjectiveService objectives;

  @Override
  public void execute(DelegateExecution execution) {
    objectives.publish((Long) execution.getVariable(ApprovalProcess.OBJECTIVE_ID),
        (String) execution.getVariable(ApprovalProcess.REVIEWER_ID),
        (String) execution.getVariable(ApprovalProcess.REVIEW_COMMENT));
  }
}
