package dev.okr.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A region's calibration session.
 *
 * @param report the report generated from live data when the session opened: keyResults (each
 *               with percent, light, reasons, changeSinceLastCalibration, stale),
 *               staleKeyResults and openReallocations
 */
public record CalibrationSessionDto(Long id, String regionCode, String status,
    String processInstanceId, Instant openedAt, JsonNode report, String reportSummary,
    String challengerUsername, String challengeSummary, Instant challengedAt,
    Boolean rightBattle, String battleAssessment, String decidedBy, Instant decidedAt,
    int escalations, List<RiskDto> risks, List<DecisionDto> decisions) {

  /** A risk the challenger raised. */
  public record RiskDto(Long id, Long keyResultId, String keyResultRef, String description,
      String severity, String raisedBy, Instant raisedAt) {
  }

  /** A decision of the session; a reallocation decision names its request. */
  public record DecisionDto(Long id, String kind, String text, Long reallocationRequestId,
      Long reversesId, String decidedBy, Instant decidedAt) {
  }
}
