package dev.okr.domain.spreadsheet;

import dev.okr.domain.progress.ProgressFormula;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A validated objective of the import with its accepted key results in file order. Together
 * {@code rowId} and {@code cycleCode} identify the objective across repeated imports of the same
 * file, so a persisting service can update instead of duplicating.
 *
 * @param regionCode null for objectives without a region
 * @param parentRowId the row id of the objective this one aligns to, null for a top objective;
 *     the parent is always earlier in {@link ImportPlan#objectives()}
 * @param notes may be null
 */
public record PlannedObjective(String rowId, String cycleCode, LocalDate startDate,
    LocalDate endDate, ObjectiveLevel level, String regionCode, String ownerEmail, String title,
    String parentRowId, String notes, List<PlannedKeyResult> keyResults) {

  public PlannedObjective {
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(cycleCode, "cycleCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ownerEmail, "ownerEmail");
    Objects.requireNonNull(title, "title");
    keyResults = List.copyOf(keyResults);
  }

  public CycleSpan cycleSpan() {
    return new CycleSpan(startDate, endDate);
  }

  /**
   * Progress in percent with two decimals (HALF_UP): the weighted mean of the key results'
   * {@link ProgressFormula#clamp clamped} progress, weights divided by their sum. When a weight
   * is missing or all are zero, every key result weighs the same. Aligned child objectives do not
   * count. Null when the objective has no key result.
   */
  public BigDecimal progressPercent() {
    if (keyResults.isEmpty()) {
      return null;
    }

    boolean weighted = keyResults.stream().allMatch(keyResult -> keyResult.weight() != null)
        && keyResults.stream().anyMatch(keyResult -> keyResult.weight().signum() > 0);
    double total = 0;
    double weightSum = 0;
    for (PlannedKeyResult keyResult : keyResults) {
      double weight = weighted ? keyResult.weight().doubleValue() : 1.0;
      total += weight * ProgressFormula.clamp(keyResult.rawProgress());
      weightSum += weight;
    }
    return PlannedKeyResult.percent(total / weightSum);
  }
}
