package dev.okr.workflow.reallocation;

import dev.okr.domain.reallocation.ReallocationService;
import dev.okr.workflow.engine.ClientMistakes;
import dev.okr.workflow.engine.TaskActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Records the approver's vote in the domain. The form's {@code approved} and
 * {@code rejectionReason} are local to the task's execution (input mapping), so two heads voting
 * at the same moment never write the same variable.
 */
@Named
@ApplicationScoped
public class RecordReallocationVoteTaskListener implements TaskListener {

  @Inject
  ReallocationService reallocations;

  @Override
  public void notify(DelegateTask task) {
    ClientMistakes.run(() -> reallocations.vote(
        (Long) task.getVariable(ReallocationProcess.REQUEST_ID),
        (String) task.getVariable(ReallocationProcess.APPROVER_GROUP), TaskActor.of(task),
        Boolean.TRUE.equals(task.getVariable(ReallocationProcess.APPROVED)),
        (String) task.getVariable(ReallocationProcess.REJECTION_REASON)));
  }
}
