/**
 * Reading, validating and writing OKR spreadsheets (CSV and XLSX). {@link
 * dev.okr.domain.spreadsheet.SpreadsheetReader} turns a file into a table, {@link
 * dev.okr.domain.spreadsheet.ImportPlanner} turns the table into an {@link
 * dev.okr.domain.spreadsheet.ImportPlan} with a report per row, and the persisting service stores
 * the plan's accepted objectives. Nothing here touches the database; the service answers the
 * questions validation needs through {@link dev.okr.domain.spreadsheet.ImportContext}.
 */
package dev.okr.domain.spreadsheet;
