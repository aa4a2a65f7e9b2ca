package dev.okr.domain.spreadsheet.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises cell text and parses numbers and dates the way spreadsheet users write them. */
public final class CellValues {

  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

  private CellValues() {
  }

  /**
   * Applies Unicode NFKC, which turns full-width digits, letters and punctuation into their ASCII
   * forms and the ideographic space into a plain one, then strips surrounding white space.
   * Never returns null.
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
  }

  /**
   * Parses a normalised decimal such as {@code 1,800,000}, {@code -12.5} or {@code .5}. Commas
   * are only accepted as thousands separators in groups of three, so {@code 6,5} is refused
   * rather than read as 65. Chinese magnitudes are understood: {@code 300万} is 3,000,000 and
   * {@code 1.2亿} 120,000,000; a leading ¥ and a trailing 元 are dropped.
   */
  public static Optional<BigDecimal> number(String text) {
    String body = text.strip();
    if (body.startsWith("¥")) {
      body = body.substring(1).strip();
    }
    if (body.endsWith("元")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    int exponent = 0;
    if (body.endsWith("万")) {
      exponent = 4;
    } else if (body.endsWith("亿")) {
      exponent = 8;
    }
    if (exponent > 0) {
      body = body.substring(0, body.length() - 1).strip();
    }
    String digits = body;
    if (GROUPED.matcher(body).matches()) {
      digits = body.replace(",", "");
    } else if (!DECIMAL.matcher(body).matches()) {
      return Optional.empty();
    }
    return Optional.of(canonical(new BigDecimal(digits).scaleByPowerOfTen(exponent)));
  }

  /** The value without trailing zeros and never in exponent notation: 75, 6.5, 1800000. */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Parses {@code yyyy-MM-dd} or {@code yyyy/MM/dd}, month and day with one or two digits. */
  public static Optional<LocalDate> date(String text) {
    Matcher matcher = DATE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
