package dev.okr.domain.progress;

import dev.okr.domain.objective.KeyResultKind;

/**
 * The progress formula of each key-result kind, as a fraction where 1.0 means the target is met.
 * Raw progress may fall below 0 (worse than the baseline) or rise above 1 (over-achieved); it
 * is shown as is. Roll-ups use the {@link #clamp clamped} value so that one over-achieving key
 * result cannot hide another that is behind.
 *
 * <ul>
 *   <li>INCREASE, DECREASE: (current − baseline) / (target − baseline). The signed distances
 *       make one formula serve both directions. When baseline equals target the key result is
 *       a threshold: 1 once the current value has reached the target in its direction, else 0.
 *   <li>STAY_ABOVE, STAY_BELOW: 1 while the condition holds, else 0; no division.
 *   <li>WITHIN_BAND: 1 while target ≤ current ≤ upper bound, else 0.
 *   <li>MILESTONE: stages done / stages (target, 1 when missing); baseline is ignored.
 * </ul>
 *
 * <p>A missing current value counts as the baseline (nothing achieved yet). A key result whose
 * baseline or target is missing cannot be measured: its progress is {@code null} and it counts
 * as 0 in roll-ups.
 */
public final class ProgressFormula {

  private ProgressFormula() {
  }

  /**
   * Raw progress, not clamped; null when the key result lacks what its kind needs.
   *
   * @param bandUpper only read for {@link KeyResultKind#WITHIN_BAND}
   */
  public static Double raw(KeyResultKind kind, Double baseline, Double target, Double bandUpper,
      Double current) {
    if (kind == KeyResultKind.MILESTONE) {
      double stages = target == null || target <= 0 ? 1 : target;
      return current == null ? 0.0 : current / stages;
    }
    if (target == null) {
      return null;
    }
    switch (kind) {
      case STAY_ABOVE:
        return current != null && current >= target ? 1.0 : 0.0;
      case STAY_BELOW:
        return current != null && current <= target ? 1.0 : 0.0;
      case WITHIN_BAND:
        return current != null && bandUpper != null && current >= target && current <= bandUpper
            ? 1.0 : 0.0;
      default:
        return linear(kind, baseline, target, current);
    }
  }

  /** The raw value clamped to 0…1; null stays null. */
  public static Double clamp(Double raw) {
    return raw == null ? null : Math.max(0.0, Math.min(1.0, raw));
  }

  private static Double linear(KeyResultKind kind, Double baseline, double target,
      Double current) {
    if (baseline == null) {
      return null;
    }
    double value = current == null ? baseline : current;
    if (Double.compare(baseline, target) == 0) {
      boolean reached = kind == KeyResultKind.DECREASE ? value <= target : value >= target;
      return reached ? 1.0 : 0.0;
    }
    return (value - baseline) / (target - baseline);
  }
}
