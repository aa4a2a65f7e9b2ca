package dev.okr.web.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far a key result or objective has come, and why.
 *
 * @param percent        progress used in roll-ups, 0–100, two decimals
 * @param rawPercent     a key result's unclamped progress (may be below 0 or above 100); null
 *                       when it cannot be measured; for objectives equal to percent
 * @param value          the value measured; for summing key results the sum of their children
 * @param source         CHECK_INS, ALIGNED_OBJECTIVES or SUM_OF_ALIGNED (key results only)
 * @param score          0.0–1.0 score
 * @param grade          SUCCESS, PARTIAL or MISSED (objectives only)
 * @param finalScore     true once the cycle is closed or over (objectives only)
 * @param contributors   the terms of the number: key results of an objective, or aligned
 *                       objectives and KPIs of a key result, each with its normalised share
 */
public record ProgressDto(BigDecimal percent, BigDecimal rawPercent, BigDecimal value,
    String source, BigDecimal score, String grade, Boolean finalScore, RiskDto risk,
    List<ContributorDto> contributors) {

  /**
   * The risk light and every reason it is lit.
   *
   * @param expectedPercent the progress expected by now from the time elapsed
   */
  public record RiskDto(String light, BigDecimal expectedPercent, List<ReasonDto> reasons) {
  }

  /** One reason, with a stable code and an English text. */
  public record ReasonDto(String code, String text) {
  }

  /**
   * One term.
   *
   * @param kind    KEY_RESULT, OBJECTIVE or KPI
   * @param share   normalised weight, 0–1
   * @param percent the term's clamped progress in percent, or its value for summed terms
   */
  public record ContributorDto(String kind, long id, BigDecimal share, BigDecimal percent,
      String note) {
  }
}
