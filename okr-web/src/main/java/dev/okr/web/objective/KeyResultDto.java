package dev.okr.web.objective;

import dev.okr.web.progress.ProgressDto;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A key result as read, with its computed progress, risk and score.
 *
 * @param confidence latest confidence given in a check-in, 0–10
 */
public record KeyResultDto(Long id, String code, Long objectiveId, int position, String title,
    String kind, String unit, String currency, BigDecimal baseline, BigDecimal target,
    BigDecimal bandUpper, BigDecimal currentValue, BigDecimal weight, LocalDate dueDate,
    String source, Integer confidence, Instant lastCheckInAt, String ownerUsername, long version,
    ProgressDto progress) {
}
