package dev.okr.domain.checkin;

import java.math.BigDecimal;

/**
 * What a person or an integration reports on a key result.
 *
 * @param value      the new current value; null to give only confidence or a comment
 * @param confidence 0 (no chance) to 10 (certain); null keeps the last one
 * @param sourceRef  the integration event's id or import row; null for manual check-ins
 */
public record CheckInRequest(BigDecimal value, Integer confidence, String comment,
    CheckInSource source, String sourceRef, String sourceUrl) {

  public static CheckInRequest manual(BigDecimal value, Integer confidence, String comment) {
    return new CheckInRequest(value, confidence, comment, CheckInSource.MANUAL, null, null);
  }
}
