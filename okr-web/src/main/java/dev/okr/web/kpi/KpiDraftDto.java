package dev.okr.web.kpi;

import dev.okr.domain.objective.MeasureUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A KPI as defined or updated.
 *
 * @param linkedKeyResultId the key result it explicitly feeds; omit to keep it out of roll-ups
 */
public record KpiDraftDto(
    @NotBlank @Size(max = 32) String cycleCode,
    @NotBlank @Size(max = 64) String ownerUsername,
    @NotBlank @Size(max = 300) String name,
    MeasureUnit unit,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
    boolean lowerIsBetter,
    @NotNull BigDecimal target,
    BigDecimal actual,
    Long linkedKeyResultId,
    @PositiveOrZero BigDecimal linkWeight) {
}
