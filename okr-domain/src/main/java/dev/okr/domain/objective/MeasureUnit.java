package dev.okr.domain.objective;

/** The unit a key result's values are expressed in. */
public enum MeasureUnit {
  /** A plain number: deals, points, hours. */
  COUNT,
  /** Percentage points: 75 means 75 %. */
  PERCENT,
  /** Money in the key result's currency (CNY unless stated), stored in whole units, not 万. */
  CURRENCY
}
