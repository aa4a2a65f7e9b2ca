package dev.okr.workflow.reallocation;

import dev.okr.domain.reallocation.ReallocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Ends the request with the rejecting approver's reason. */
@Named
@ApplicationScoped
public class RejectReallocationDelegate implements JavaDelegate {

  @Inject
  ReallocationService reallocations;

  @Override
  public void execute(DelegateExecution execution) {
    reallocations.reject((Long) execution.getVariable(ReallocationProcess.REQUEST_ID),
        Boolean.TRUE.equals(execution.getVariable(ReallocationProcess.HQ_APPROVAL_REQUIRED)));
  }
}
