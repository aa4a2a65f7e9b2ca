package dev.okr.web.objective;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key result as drafted. Baseline, target, unit and due date may be left out while drafting;
 * the quality check of the review process asks for them.
 */
public record KeyResultDraftDto(
    @NotBlank @Size(max = 300) String title,
    KeyResultKind kind,
    MeasureUnit unit,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate dueDate,
    @PositiveOrZero BigDecimal weight,
    @Size(max = 64) String ownerUsername) {
}
