/** The audit-trail API: every change with its actor, time and before/after state. */
package dev.okr.web.audit;
