package dev.okr.web.reallocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A reallocation request with what each side gains and loses, the votes so far and, once
 * decided, the response time.
 *
 * @param responseTimeHours request to decision in hours, two decimals; null while open
 * @param gains             key results of the requesting region the transfer serves
 * @param loses             key results of the giving region it weakens
 */
public record ReallocationDto(Long id, String requestingRegion, String givingRegion,
    String resourceType, BigDecimal amount, String keyAccount, String reason,
    String requestedBy, Instant requestedAt, String status, Boolean hqApprovalRequired,
    Instant decidedAt, BigDecimal responseTimeHours, String rejectionReason,
    String processInstanceId, Long calibrationSessionId, List<KeyResultImpactDto> gains,
    List<KeyResultImpactDto> loses, List<VoteDto> votes, long version) {

  /** A key result on one side of the transfer, with its progress now. */
  public record KeyResultImpactDto(Long keyResultId, String code, String title,
      Long objectiveId, BigDecimal progressPercent, String riskLight) {
  }

  /** One approver group's vote. */
  public record VoteDto(String approverGroup, String voter, boolean approved, String reason,
      Instant votedAt) {
  }
}
