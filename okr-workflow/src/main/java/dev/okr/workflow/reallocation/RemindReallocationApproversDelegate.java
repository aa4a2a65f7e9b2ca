package dev.okr.workflow.reallocation;

import dev.okr.domain.reallocation.ReallocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Reminds approvers who have not voted after a day. */
@Named
@ApplicationScoped
public class RemindReallocationApproversDelegate implements JavaDelegate {

  @Inject
  ReallocationService reallocations;

  @Override
  public void execute(DelegateExecution execution) {
    // TODO(#5): deliver the reminder to the approvers — the notification centre does not exist
    // yet; until then the reminder is in the request's audit trail and the server log.
    reallocations.recordFollowUp((Long) execution.getVariable(ReallocationProcess.REQUEST_ID),
        "REMINDED");
  }
}
