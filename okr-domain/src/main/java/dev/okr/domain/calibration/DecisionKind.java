package dev.okr.domain.calibration;

/** What a calibration decided: a course decision, a key-result adjustment, a reallocation. */
public enum DecisionKind {
  DECISION,
  KR_ADJUSTMENT,
  REALLOCATION
}
