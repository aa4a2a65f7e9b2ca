package dev.okr.domain.spreadsheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of validating an OKR spreadsheet: what to store and what to tell the uploader.
 * Immutable; holds no database ids, so storing it is the persisting service's job alone.
 *
 * @param objectives accepted objectives, each after the objective it aligns to
 * @param rows one report per data row, in file order, including accepted rows
 */
public record ImportPlan(SpreadsheetFormat format, SourceEncoding encoding,
    List<PlannedObjective> objectives, List<RowReport> rows) {

  public ImportPlan {
    objectives = List.copyOf(objectives);
    rows = List.copyOf(rows);
  }

  /** The report of the first row with this row id. */
  public Optional<RowReport> report(String rowId) {
    return rows.stream().filter(row -> row.rowId().equals(rowId)).findFirst();
  }

  public List<RowReport> rejectedRows() {
    return rows.stream().filter(row -> !row.isAccepted()).toList();
  }

  /**
   * Progress in percent of every accepted row by row id: each objective followed by its key
   * results. Objectives without key results are left out; see {@link
   * PlannedObjective#progressPercent()} and {@link PlannedKeyResult#progressPercent()}.
   */
  public Map<String, BigDecimal> progressPercentByRowId() {
    Map<String, BigDecimal> progress = new LinkedHashMap<>();
    for (PlannedObjective objective : objectives) {
      BigDecimal percent = objective.progressPercent();
      if (percent != null) {
        progress.put(objective.rowId(), percent);
      }
      objective.keyResults()
          .forEach(keyResult -> progress.put(keyResult.rowId(), keyResult.progressPercent()));
    }
    return progress;
  }
}
