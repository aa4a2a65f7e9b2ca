package dev.okr.domain.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the risk light of a key result or objective and says why it is lit. The rule
 * (docs/progress.md):
 *
 * <ol>
 *   <li>Expected progress is the share of the period elapsed: from the cycle's start to the
 *       due date (the cycle's end when none), 0 before the start, 1 after the due date.
 *   <li>OFF_TRACK when progress trails the expectation by more than {@value #OFF_TRACK_GAP}, or
 *       the latest confidence is 3 or lower.
 *   <li>AT_RISK when progress trails by more than {@value #AT_RISK_GAP}, the latest confidence is
 *       6 or lower, or nobody checked in for {@value #STALE_DAYS} days (counted from the cycle's
 *       start when never checked in).
 *   <li>Otherwise ON_TRACK. A key result at its target is ON_TRACK whatever else holds.
 * </ol>
 *
 * <p>An objective's light is the rule applied to its own progress and the latest confidence of
 * its key results, raised to AT_RISK when one of its key results is OFF_TRACK.
 */
public final class RiskRule {

  public static final double OFF_TRACK_GAP = 0.25;
  public static final double AT_RISK_GAP = 0.10;
  public static final int STALE_DAYS = 14;
  public static final int OFF_TRACK_CONFIDENCE = 3;
  public static final int AT_RISK_CONFIDENCE = 6;

  private RiskRule() {
  }

  /**
   * Assesses a key result.
   *
   * @param progress    clamped progress, 0…1
   * @param confidence  latest confidence 0…10, or null when nobody gave one
   * @param lastCheckIn day of the latest check-in, or null when none
   * @param due         the due date, or null for the cycle's end
   */
  public static RiskAssessment assess(double progress, Integer confidence, LocalDate lastCheckIn,
      LocalDate cycleStart, LocalDate cycleEnd, LocalDate due, LocalDate today) {
    if (progress >= 1.0) {
      return new RiskAssessment(RiskLight.ON_TRACK, expected(cycleStart, cycleEnd, due, today),
          List.of(new RiskReason("TARGET_MET", "target met")));
    }
    double expected = expected(cycleStart, cycleEnd, due, today);
    RiskLight light = RiskLight.ON_TRACK;
    List<RiskReason> reasons = new ArrayList<>();
    double gap = expected - progress;
    if (gap > OFF_TRACK_GAP) {
      light = RiskLight.OFF_TRACK;
      reasons.add(behind(progress, expected));
    } else if (gap > AT_RISK_GAP) {
      light = RiskLight.AT_RISK;
      reasons.add(behind(progress, expected));
    }
    if (confidence != null && confidence <= OFF_TRACK_CONFIDENCE) {
      light = light.worst(RiskLight.OFF_TRACK);
      reasons.add(new RiskReason("LOW_CONFIDENCE", "confidence " + confidence + "/10"));
    } else if (confidence != null && confidence <= AT_RISK_CONFIDENCE) {
      light = light.worst(RiskLight.AT_RISK);
      reasons.add(new RiskReason("LOW_CONFIDENCE", "confidence " + confidence + "/10"));
    }
    LocalDate since = lastCheckIn != null ? lastCheckIn : cycleStart;
    long quietDays = ChronoUnit.DAYS.between(since, today);
    if (quietDays >= STALE_DAYS && !today.isAfter(cycleEnd)) {
      light = light.worst(RiskLight.AT_RISK);
      reasons.add(new RiskReason("STALE", lastCheckIn == null
          ? "no check-in since the cycle started " + quietDays + " days ago"
          : "no check-in for " + quietDays + " days"));
    }
    return new RiskAssessment(light, expected, List.copyOf(reasons));
  }

  /** Assesses an objective from its progress and the assessments of its key results. */
  public static RiskAssessment assessObjective(double progress, Integer lowestConfidence,
      LocalDate lastCheckIn, List<RiskAssessment> keyResults, LocalDate cycleStart,
      LocalDate cycleEnd, LocalDate today) {
    RiskAssessment own = assess(progress, lowestConfidence, lastCheckIn, cycleStart, cycleEnd,
        null, today);
    RiskLight light = own.light();
    List<RiskReason> reasons = new ArrayList<>(own.reasons());
    long offTrack = keyResults.stream().filter(k -> k.light() == RiskLight.OFF_TRACK).count();
    if (offTrack > 0 && progress < 1.0) {
      light = light.worst(RiskLight.AT_RISK);
      reasons.add(new RiskReason("KEY_RESULT_OFF_TRACK",
          offTrack + " key result" + (offTrack == 1 ? " is" : "s are") + " off track"));
    }
    return new RiskAssessment(light, own.expected(), List.copyOf(reasons));
  }

  /** Share of the period from the cycle's start to the due date that has elapsed, 0…1. */
  public static double expected(LocalDate start, LocalDate end, LocalDate due, LocalDate today) {
    LocalDate until = due != null ? due : end;
    long total = ChronoUnit.DAYS.between(start, until) + 1;
    long elapsed = ChronoUnit.DAYS.between(start, today) + 1;
    if (total <= 0 || elapsed >= total) {
      return elapsed <= 0 ? 0 : 1;
    }
    return elapsed <= 0 ? 0 : (double) elapsed / total;
  }

  private static RiskReason behind(double progress, double expected) {
    return new RiskReason("BEHIND_SCHEDULE", String.format(java.util.Locale.ROOT,
        "progress %.0f%% where %.0f%% of the time has passed", progress * 100, expected * 100));
  }

  /** A light with the expected progress it was judged against and every reason it is lit. */
  public record RiskAssessment(RiskLight light, double expected, List<RiskReason> reasons) {
  }

  /** One reason, with a stable code for the UI to translate and an English text. */
  public record RiskReason(String code, String text) {
  }
}
