package dev.okr.domain.objective;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key result as a drafter writes it. Only the title is required here; the quality check in
 * the review process decides whether the rest is complete enough to review.
 *
 * @param ownerUsername the person accountable for the key result; null means the objective's
 *                      owner, or the drafter for a unit objective
 */
public record KeyResultDraft(
    String title,
    KeyResultKind kind,
    MeasureUnit unit,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate dueDate,
    BigDecimal weight,
    String ownerUsername) {
}
