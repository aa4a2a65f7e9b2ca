package dev.okr.domain.spreadsheet;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.progress.ProgressFormula;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A validated key result of the import, belonging to the {@link PlannedObjective} that holds it.
 * Values are plain decimals without trailing zeros: percentage points for {@link
 * MeasureUnit#PERCENT} (75 means 75 %), whole currency units for {@link MeasureUnit#CURRENCY}.
 * A milestone is {@link MeasureUnit#COUNT} with start 0 and target 1 unless the file says more.
 *
 * @param unitLabel the free-text unit shown next to the values ("pts", "小时"), may be null
 * @param currency ISO 4217 code for currency key results, null otherwise
 * @param currentValue null when the file gives none; progress then counts it as the start value
 * @param weight null when the file gives none; see {@link PlannedObjective#progressPercent()}
 * @param notes may be null
 */
public record PlannedKeyResult(String rowId, String title, MeasureUnit unit, String unitLabel,
    String currency, KeyResultKind kind, BigDecimal startValue, BigDecimal targetValue,
    BigDecimal currentValue, BigDecimal weight, String ownerEmail, String notes) {

  public PlannedKeyResult {
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startValue, "startValue");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(ownerEmail, "ownerEmail");
  }

  /**
   * Raw progress in percent with two decimals (HALF_UP), as {@link ProgressFormula#raw} defines
   * it: below 0 when worse than the start value, above 100 when over-achieved.
   */
  public BigDecimal progressPercent() {
    return percent(rawProgress());
  }

  /** Raw progress as a fraction, 1.0 meaning the target is met. */
  double rawProgress() {
    Double raw = ProgressFormula.raw(kind, startValue.doubleValue(), targetValue.doubleValue(),
        null, currentValue == null ? null : currentValue.doubleValue());
    return raw == null ? 0.0 : raw;
  }

  static BigDecimal percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }
}
