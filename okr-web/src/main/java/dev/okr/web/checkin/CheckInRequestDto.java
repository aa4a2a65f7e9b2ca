package dev.okr.web.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A manual check-in: a new value, a confidence, a comment, or any of them.
 *
 * @param confidence 0 (no chance) to 10 (certain)
 */
public record CheckInRequestDto(BigDecimal value, @Min(0) @Max(10) Integer confidence,
    @Size(max = 2000) String comment) {
}
