package dev.okr.domain.kpi;

import dev.okr.domain.objective.MeasureUnit;
import java.math.BigDecimal;

/**
 * A KPI as a manager defines it, or as its owner updates the actual.
 *
 * @param ownerUsername        a person in an execution-type position
 * @param linkedKeyResultId    the key result the KPI explicitly feeds; null keeps it out of
 *                             roll-ups
 */
public record KpiDraft(String cycleCode, String ownerUsername, String name, MeasureUnit unit,
    String currency, boolean lowerIsBetter, BigDecimal target, BigDecimal actual,
    Long linkedKeyResultId, BigDecimal linkWeight) {
}
