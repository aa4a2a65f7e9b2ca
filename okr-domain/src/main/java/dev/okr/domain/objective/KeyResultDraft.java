package dev.okr.domain.objective;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key result as a drafter writes it. Only the title is required here; the quality check in
 * the review process decides whether the rest is complete enough to review.
 *
 * @param currency      ISO 4217 code for {@link MeasureUnit#CURRENCY}; null means CNY
 * @param bandUpper     upper bound of a {@link KeyResultKind#WITHIN_BAND} key result, whose
 *                      target is the lower bound
 * @param source        where progress comes from; null means check-ins
 * @param ownerUsername the person accountable for the key result; null means the objective's
 *                      owner, or the drafter for a unit objective
 */
public record KeyResultDraft(
    String title,
    KeyResultKind kind,
    MeasureUnit unit,
    String currency,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal bandUpper,
    LocalDate dueDate,
    BigDecimal weight,
    ProgressSource source,
    String ownerUsername) {

  /** A key result measured by check-ins, the common case. */
  public static KeyResultDraft of(String title, KeyResultKind kind, MeasureUnit unit,
      BigDecimal baseline, BigDecimal target, LocalDate dueDate, BigDecimal weight,
      String ownerUsername) {
    return new KeyResultDraft(title, kind, unit, null, baseline, target, null, dueDate, weight,
        null, ownerUsername);
  }
}
