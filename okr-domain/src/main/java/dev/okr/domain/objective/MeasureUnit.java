package dev.okr.domain.objective;

/** The unit a key result's values are expressed in. */
public enum MeasureUnit {
  COUNT,
  PERCENT,
  /** Chinese yuan, stored in yuan (万 is a presentation matter). */
  CNY
}
