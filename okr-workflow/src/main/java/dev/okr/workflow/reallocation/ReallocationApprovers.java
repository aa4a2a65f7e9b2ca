package dev.okr.workflow.reallocation;

import dev.okr.domain.reallocation.ReallocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Who approves a request, and whether someone already said no — evaluated by the multi-instance
 * approval task from the domain, since lists are not kept as process variables.
 */
@Named
@ApplicationScoped
public class ReallocationApprovers {

  @Inject
  ReallocationService reallocations;

  public List<String> groupsFor(Long requestId, Boolean hqApprovalRequired) {
    return reallocations.approverGroups(requestId, Boolean.TRUE.equals(hqApprovalRequired));
  }

  public boolean anyRejected(Long requestId) {
    return reallocations.anyRejected(requestId);
  }
}
