package dev.okr.web.task;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Group;
import dev.okr.web.config.CurrentUser;
import dev.okr.workflow.objective.ApprovalProcess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The caller's open tasks: assigned to them, or claimable by one of their groups. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

  @Inject
  Directory directory;

  @Context
  SecurityContext security;

  @GET
  public List<TaskDto> mine() {
    String username = CurrentUser.of(security);
    String[] groups = directory.groupsOf(username).stream().map(Group::id)
        .toArray(String[]::new);
    TaskService tasks = BpmPlatform.getDefaultProcessEngine().getTaskService();

    List<Task> open = tasks.createTaskQuery()
        .or()
          .taskAssignee(username)
          .taskCandidateGroupIn(List.of(groups))
        .endOr()
        .active()
        .orderByTaskCreateTime().desc()
        .list();

    return open.stream().map(task -> toDto(tasks, task, username)).toList();
  }

  private static TaskDto toDto(TaskService tasks, Task task, String username) {
    Map<String, Object> variables = tasks.getVariables(task.getId(),
        List.of(ApprovalProcess.OBJECTIVE_ID, ApprovalProcess.OBJECTIVE_TITLE));
    Object objectiveId = variables.get(ApprovalProcess.OBJECTIVE_ID);
    return new TaskDto(task.getId(), task.getName(), task.getTaskDefinitionKey(),
        task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getAssignee(),
        username.equals(task.getAssignee()), task.getCreateTime(), task.getDueDate(),
        objectiveId instanceof Number n ? n.longValue() : null,
        (String) variables.get(ApprovalProcess.OBJECTIVE_TITLE), TASKLIST + task.getId());
  }
}
