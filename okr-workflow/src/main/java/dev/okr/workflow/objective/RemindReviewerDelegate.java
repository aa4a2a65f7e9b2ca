package dev.okr.workflow.objective;

import dev.okr.domain.objective.ObjectiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the reminder to a reviewer whose review is overdue. */
@Named
@ApplicationScoped
public class RemindReviewerDelegate implements JavaDelegate {

  @Inject
  ObjectiveService objectives;

  @Override
  public void execute(DelegateExecution execution) {
    // TODO(#5): deliver the reminder through the notification centre and its channels — the
    // notification capability does not exist yet; until then the reminder is audited and logged.
    objectives.recordReviewReminder((Long) execution.getVariable(ApprovalProcess.OBJECTIVE_ID),
        (String) execution.getVariable(ApprovalProcess.REVIEWER_ID));
  }
}
