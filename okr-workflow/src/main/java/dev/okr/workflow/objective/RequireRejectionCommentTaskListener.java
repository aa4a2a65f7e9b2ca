package dev.okr.workflow.objective;

import dev.okr.workflow.engine.ClientMistakes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses to complete a review that returns the objective without saying why: the drafter needs
 * the reason to fix it. Tasklist shows the message and the task stays open.
 */
@Named
@ApplicationScoped
public class RequireRejectionCommentTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    boolean approved = Boolean.TRUE.equals(task.getVariable(ApprovalProcess.APPROVED));
    Object comment = task.getVariable(ApprovalProcess.REVIEW_COMMENT);
    if (!approved && (comment == null || comment.toString().isBlank())) {
      throw ClientMistakes.refusal(400, "退回目标时必须填写审批意见 / A comment is required"
          + " when returning an objective");
    }
    if (!task.hasVariable(ApprovalProcess.APPROVED)) {
      task.setVariable(ApprovalProcess.APPROVED, false);
    }
  }
}
