package dev.okr.web.checkin;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A check-in as kept in the history.
 *
 * @param correctsId  the check-in this one corrects, or null
 * @param retractedAt set when the check-in was retracted or corrected; it then no longer
 *                    counts
 */
public record CheckInDto(Long id, Long keyResultId, BigDecimal value, BigDecimal previousValue,
    Integer confidence, String comment, String author, Instant checkedInAt, String source,
    String sourceRef, String sourceUrl, Long correctsId, Instant retractedAt,
    String retractedBy) {
}
