package dev.okr.web.task;

import java.util.Date;

/**
 * An open task of the caller.
 *
 * @param assignedToMe true when assigned to the caller, false when the caller's group may claim it
 * @param tasklistUrl  where the task is worked, relative to the server
 */
public record TaskDto(String id, String name, String taskDefinitionKey,
    String processDefinitionId, String processInstanceId, String assignee, boolean assignedToMe,
    Date created, Date due, Long objectiveId, String objectiveTitle, String tasklistUrl) {
}
