package dev.okr.web.objective;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key result as read.
 *
 * @param progress share of the way from baseline to target, 0.0-1.0; null while unmeasurable
 */
public record KeyResultDto(Long id, String code, int position, String title, String kind,
    String unit, BigDecimal baseline, BigDecimal target, BigDecimal currentValue,
    BigDecimal progress, BigDecimal weight, LocalDate dueDate, String ownerUsername) {
}
