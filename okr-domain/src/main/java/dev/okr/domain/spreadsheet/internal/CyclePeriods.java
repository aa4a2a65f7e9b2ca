package dev.okr.domain.spreadsheet.internal;

import dev.okr.domain.spreadsheet.CycleSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a cycle code stands for. {@code 2025-Q3} is the third quarter of 2025 and
 * {@code 2025-11_2026-01} runs from the first day of November 2025 to the last day of January
 * 2026. Other codes (an annual "FY2025", a named sprint) say nothing about their dates.
 */
public final class CyclePeriods {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})_(\\d{4})-(\\d{2})");

  private CyclePeriods() {
  }

  /**
   * The span the code implies, or empty when the code has no date pattern.
   *
   * @throws IllegalArgumentException when the code follows a pattern but names no real span,
   *     such as months that do not exist or an end month before the start month
   */
  public static Optional<CycleSpan> implied(String code) {
    Matcher quarter = QUARTER.matcher(code);
    if (quarter.matches()) {
      int firstMonth = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
      YearMonth start = YearMonth.of(Integer.parseInt(quarter.group(1)), firstMonth);
      return Optional.of(span(start, start.plusMonths(2)));
    }

    Matcher months = MONTHS.matcher(code);
    if (months.matches()) {
      try {
        YearMonth start = YearMonth.of(Integer.parseInt(months.group(1)),
            Integer.parseInt(months.group(2)));
        YearMonth end = YearMonth.of(Integer.parseInt(months.group(3)),
            Integer.parseInt(months.group(4)));
        return Optional.of(span(start, end));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("months of cycle code " + code + " do not exist", e);
      }
    }
    return Optional.empty();
  }

  private static CycleSpan span(YearMonth first, YearMonth last) {
    LocalDate start = first.atDay(1);
    LocalDate end = last.atEndOfMonth();
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("cycle ends in " + last + " before it starts in " + first);
    }
    return new CycleSpan(start, end);
  }
}
