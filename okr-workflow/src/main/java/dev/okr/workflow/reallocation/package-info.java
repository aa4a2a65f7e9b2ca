/**
 * The cross-region reallocation workflow: approvers, vote recording, reminders, escalation,
 * booking; and the service that starts requests and votes for API clients.
 */
package dev.okr.workflow.reallocation;
