package dev.okr.web.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A KPI with its scoring.
 *
 * @param attainment actual against target, 0–1.2; null before an actual is recorded
 * @param met        true once the target is met in full
 */
public record KpiDto(Long id, String cycleCode, String ownerUsername, String name, String unit,
    String currency, boolean lowerIsBetter, BigDecimal target, BigDecimal actual,
    BigDecimal attainment, boolean met, Long linkedKeyResultId, BigDecimal linkWeight,
    Instant createdAt, Instant updatedAt, long version) {
}
