package dev.okr.web.objective;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.objective.ProgressSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key result as drafted or changed. Baseline, target, unit and due date may be left out while
 * drafting; the quality check of the review process asks for them. The current value is not
 * part of it: values change through check-ins.
 *
 * @param currency  ISO 4217 code for CURRENCY key results; CNY when left out
 * @param bandUpper upper bound of a WITHIN_BAND key result (the target is the lower bound)
 * @param source    CHECK_INS (default), ALIGNED_OBJECTIVES or SUM_OF_ALIGNED
 */
public record KeyResultDraftDto(
    @NotBlank @Size(max = 300) String title,
    KeyResultKind kind,
    MeasureUnit unit,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal bandUpper,
    LocalDate dueDate,
    @PositiveOrZero BigDecimal weight,
    ProgressSource source,
    @Size(max = 64) String ownerUsername) {
}
