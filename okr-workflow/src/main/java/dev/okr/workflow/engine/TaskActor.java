package dev.okr.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the authenticated user of the request, else its assignee. */
public final class TaskActor {

  private TaskActor() {
  }

  public static String of(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee();
  }
}
