package dev.okr.domain.objective;

/**
 * How a key result is measured. The formula of each kind is in
 * {@link dev.okr.domain.progress.ProgressFormula} and documented in docs/progress.md.
 */
public enum KeyResultKind {
  /** Raise a value from the baseline to the target (sign 0 → 3 developers). */
  INCREASE,
  /** Lower a value from the baseline to the target (churn 8% → 5%). */
  DECREASE,
  /** Keep a value at or above the target (availability ≥ 99.9%). */
  STAY_ABOVE,
  /** Keep a value at or below the target (major incidents ≤ 0). */
  STAY_BELOW,
  /** Keep a value between the target (lower bound) and the band's upper bound. */
  WITHIN_BAND,
  /** Reach a milestone: target is the number of stages (1 for done or not), value those done. */
  MILESTONE
}
