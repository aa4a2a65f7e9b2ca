package dev.okr.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 0.0–1.0 score of a key result or objective: its clamped progress rounded to a tenth, as
 * OKR practice grades. A committed objective succeeds at 1.0; an aspirational (stretch) one
 * already at 0.6, since 0.6–0.7 on a stretch goal is what success looks like.
 */
public final class Score {

  public static final BigDecimal ASPIRATIONAL_SUCCESS = new BigDecimal("0.6");

  private Score() {
  }

  public static BigDecimal of(double clampedProgress) {
    return BigDecimal.valueOf(clampedProgress).setScale(1, RoundingMode.HALF_UP);
  }

  /** The grade a score earns. */
  public static Grade grade(BigDecimal score, boolean aspirational) {
    if (aspirational) {
      return score.compareTo(ASPIRATIONAL_SUCCESS) >= 0 ? Grade.SUCCESS
          : score.compareTo(new BigDecimal("0.3")) >= 0 ? Grade.PARTIAL : Grade.MISSED;
    }
    return score.compareTo(BigDecimal.ONE) >= 0 ? Grade.SUCCESS
        : score.compareTo(new BigDecimal("0.7")) >= 0 ? Grade.PARTIAL : Grade.MISSED;
  }

  /** How a score reads. */
  public enum Grade { SUCCESS, PARTIAL, MISSED }
}
