/** The caller's open workflow tasks, with links into Camunda Tasklist where they are worked. */
package dev.okr.web.task;
