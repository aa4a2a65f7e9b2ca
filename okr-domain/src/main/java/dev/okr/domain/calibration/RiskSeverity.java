package dev.okr.domain.calibration;

/** How badly a risk a challenger raises could hurt the region's key results. */
public enum RiskSeverity {
  HIGH,
  MEDIUM,
  LOW
}
