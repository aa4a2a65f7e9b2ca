/**
 * Cell parsing, cycle code rules and alignment graph checks used by the spreadsheet import.
 * Only {@code dev.okr.domain.spreadsheet} may use these classes.
 */
package dev.okr.domain.spreadsheet.internal;
