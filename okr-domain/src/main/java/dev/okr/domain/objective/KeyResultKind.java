package dev.okr.domain.objective;

/** How progress of a key result is measured between its baseline and its target. */
public enum KeyResultKind {
  /** Raise a value from the baseline to the target (sign 0 → 3 developers). */
  INCREASE,
  /** Lower a value from the baseline to the target (churn 8% → 5%). */
  DECREASE
}
