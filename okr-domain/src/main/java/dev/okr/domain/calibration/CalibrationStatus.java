package dev.okr.domain.calibration;

/** A session's progress: report ready, challenged, decided by the region head. */
public enum CalibrationStatus {
  OPEN,
  CHALLENGED,
  DECIDED
}
