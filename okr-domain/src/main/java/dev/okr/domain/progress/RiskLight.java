package dev.okr.domain.progress;

/** The traffic light shown next to a key result or objective. */
public enum RiskLight {
  ON_TRACK,
  AT_RISK,
  OFF_TRACK;

  /** The worse of two lights. */
  public RiskLight worst(RiskLight other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
