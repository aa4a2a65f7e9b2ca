/**
 * Value types and exception families shared by every capability. Nothing here depends on a
 * capability package; the web edge maps the exception families to HTTP statuses in one table.
 */
package dev.okr.domain.shared;
