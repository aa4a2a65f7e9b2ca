package dev.okr.web.calibration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A decision added to a calibration.
 *
 * @param reversesDecisionId a decision of an earlier calibration of the region this one
 *                           reverses, or null
 */
public record DecisionRequestDto(@NotBlank @Size(max = 2000) String text,
    Long reversesDecisionId) {
}
