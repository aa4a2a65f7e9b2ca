package dev.okr.workflow.setup;

import dev.okr.domain.organisation.GroupIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.jboss.logging.Logger;

/**
 * Grants okr's groups what they need in the engine and creates the shared Tasklist filters.
 * Administrators ({@code camunda-admin}) may do everything; every employee ({@code staff}) may
 * use Tasklist, read process definitions and use the shared filters. Access to single tasks
 * comes from the engine's own assignee and candidate authorizations. Idempotent.
 */
@ApplicationScoped
public class EngineAccessSetup {

  static final String MY_TASKS = "我的任务 (My tasks)";
  static final String MY_GROUP_TASKS = "我的组任务 (My group tasks)";
  private static final String ANY = "*";
  private static final Logger LOG = Logger.getLogger(EngineAccessSetup.class);

  public void ensure(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Resource resource : Resources.values()) {
      grant(authorizations, GroupIds.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    grant(authorizations, GroupIds.STAFF, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, GroupIds.STAFF, Resources.FILTER, ANY, Permissions.READ);
    grant(authorizations, GroupIds.STAFF, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);

    FilterService filters = engine.getFilterService();
    TaskQuery mine = engine.getTaskService().createTaskQuery()
        .taskAssigneeExpression("${currentUser()}");
    TaskQuery groupTasks = engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .taskUnassigned();
    createFilter(filters, MY_TASKS, mine, -10, "分配给我的任务 / Tasks assigned to me");
    createFilter(filters, MY_GROUP_TASKS, groupTasks, 0,
        "我所在组可认领的任务 / Tasks my groups may claim");
  }

  private static void grant(AuthorizationService authorizations, String groupId,
      Resource resource, String resourceId, Permission permission) {
    long existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .count();
    if (existing > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
    LOG.infof("Granted %s on %s '%s' to group '%s'", permission.getName(),
        resource.resourceName(), resourceId, groupId);
  }

  private static void createFilter(FilterService filters, String name, TaskQuery query,
      int priority, String description) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "variables", java.util.List.of(
                Map.of("name", "objectiveTitle", "label", "目标"),
                Map.of("name", "drafterId", "label", "起草人"))));
    filters.saveFilter(filter);
    LOG.infof("Created Tasklist filter '%s'", name);
  }
}
