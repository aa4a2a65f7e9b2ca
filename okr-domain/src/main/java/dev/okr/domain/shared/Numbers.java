package dev.okr.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ranges values are stored in, checked before they reach the database so that an
 * out-of-range number is the client's 400, not a failed insert. Values are numeric(19, 4):
 * below 10^15 with at most 4 decimals; weights numeric(9, 4): below 10^5. Dates lie between
 * 1970 and 2999.
 */
public final class Numbers {

  private static final BigDecimal MAX_VALUE = new BigDecimal("1E15");
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("1E5");
  private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

  private Numbers() {
  }

  /** Throws unless the value (null allowed) fits a value column. */
  public static void requireValue(String field, BigDecimal value) {
    require(field, value, MAX_VALUE);
  }

  /** Throws unless the weight (null allowed) fits a weight column. */
  public static void requireWeight(String field, BigDecimal weight) {
    require(field, weight, MAX_WEIGHT);
  }

  /** Throws unless the date (null allowed) is a plausible business date. */
  public static void requireDate(String field, LocalDate date) {
    if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
      throw new InvalidRequestException(field + " " + date + " is outside " + FIRST_DAY
          + " to " + LAST_DAY);
    }
  }

  private static void require(String field, BigDecimal value, BigDecimal limit) {
    if (value == null) {
      return;
    }
    if (value.abs().compareTo(limit) >= 0) {
      throw new InvalidRequestException(field + " " + value.toPlainString()
          + " is too large; values stay below " + limit.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 4) {
      throw new InvalidRequestException(field + " " + value.toPlainString()
          + " has more than 4 decimals");
    }
  }
}
