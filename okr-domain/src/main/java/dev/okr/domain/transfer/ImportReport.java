package dev.okr.domain.transfer;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an import did with each row.
 *
 * @param id         the stored import run; null for a dry run
 * @param encoding   how the file was read: UTF_8_WITH_BOM, UTF_8, GB18030 or WORKBOOK
 * @param unchanged  accepted rows that an earlier import of the same cycle had already created
 */
public record ImportReport(Long id, String fileName, String format, String encoding,
    boolean dryRun, int accepted, int rejected, int unchanged, List<Row> rows) {

  /**
   * One row's outcome.
   *
   * @param outcome         ACCEPTED or REJECTED
   * @param objectiveId     the objective the row became (or already was); null when rejected
   * @param keyResultId     the key result the row became; null for objective rows
   * @param progressPercent progress as the server computes it: raw for key results (may be
   *                        below 0 or above 100), clamped and weighted for objectives
   */
  public record Row(String rowId, int line, String outcome, List<Issue> reasons,
      List<Issue> warnings, Long objectiveId, Long keyResultId, BigDecimal progressPercent) {
  }

  /** A reason or warning, with the column it concerns when there is one. */
  public record Issue(String column, String message) {
  }
}
