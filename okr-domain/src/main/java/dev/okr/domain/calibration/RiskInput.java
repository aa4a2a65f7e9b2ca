package dev.okr.domain.calibration;

/**
 * A risk as the challenger writes it.
 *
 * @param keyResultRef the key result's code (EAST-1-KR2) or id; may be empty for a risk to the
 *                     region as a whole
 */
public record RiskInput(String keyResultRef, String description, RiskSeverity severity) {
}
