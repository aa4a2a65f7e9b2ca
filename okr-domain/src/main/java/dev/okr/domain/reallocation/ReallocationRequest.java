package dev.okr.domain.reallocation;

import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.shared.StateConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A region asking another for people, budget or pre-sales days for a named key account, linked
 * to the key results the transfer serves (gains) and those it weakens (loses). The heads of both
 * regions vote, HQ too above a threshold; the first rejection ends it, approval by all books
 * the transfer in the resource ledger. The time from request to decision is its response time.
 */
@Entity
@Table(name = "okr_reallocation_request")
public class ReallocationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "requesting_region_id")
  private OrgUnit requestingRegion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "giving_region_id")
  private OrgUnit givingRegion;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false)
  private ResourceType resourceType;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "key_account", nullable = false)
  private String keyAccount;

  private String reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReallocationStatus status;

  @Column(name = "hq_approval_required")
  private Boolean hqApprovalRequired;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "calibration_session_id")
  private Long calibrationSessionId;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ReallocationKeyResult> keyResults = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ReallocationVote> votes = new ArrayList<>();

  @Version
  private long version;

  protected ReallocationRequest() {
  }

  ReallocationRequest(OrgUnit requestingRegion, OrgUnit givingRegion, ResourceType type,
      BigDecimal amount, String keyAccount, String reason, String requestedBy,
      Long calibrationSessionId, Instant now) {
    this.requestingRegion = requestingRegion;
    this.givingRegion = givingRegion;
    this.resourceType = type;
    this.amount = amount;
    this.keyAccount = keyAccount;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.calibrationSessionId = calibrationSessionId;
    this.requestedAt = now;
    this.status = ReallocationStatus.REQUESTED;
  }

  void link(KeyResult keyResult, KeyResultSide side) {
    keyResults.add(new ReallocationKeyResult(this, keyResult, side));
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void requireHqApproval(boolean required) {
    this.hqApprovalRequired = required;
  }

  ReallocationVote vote(String approverGroup, String voter, boolean approved, String reason,
      Instant now) {
    requireOpen();
    for (ReallocationVote earlier : votes) {
      if (earlier.getApproverGroup().equals(approverGroup)) {
        throw new StateConflictException("'" + approverGroup + "' has already voted on"
            + " reallocation request '" + id + "'");
      }
    }
    ReallocationVote vote = new ReallocationVote(this, approverGroup, voter, approved, reason,
        now);
    votes.add(vote);
    return vote;
  }

  void approve(Instant now) {
    requireOpen();
    this.status = ReallocationStatus.APPROVED;
    this.decidedAt = now;
  }

  void reject(String reason, Instant now) {
    requireOpen();
    this.status = ReallocationStatus.REJECTED;
    this.rejectionReason = reason;
    this.decidedAt = now;
  }

  private void requireOpen() {
    if (status != ReallocationStatus.REQUESTED) {
      throw new StateConflictException("Reallocation request '" + id + "' was already "
          + status + " on " + decidedAt);
    }
  }

  /** True once any approver said no. */
  public boolean isRejectedByAnyone() {
    return votes.stream().anyMatch(v -> !v.isApproved());
  }

  /** Request to decision; null while undecided. */
  public Duration responseTime() {
    return decidedAt == null ? null : Duration.between(requestedAt, decidedAt);
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getRequestingRegion() {
    return requestingRegion;
  }

  public OrgUnit getGivingRegion() {
    return givingRegion;
  }

  public ResourceType getResourceType() {
    return resourceType;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getKeyAccount() {
    return keyAccount;
  }

  public String getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public ReallocationStatus getStatus() {
    return status;
  }

  public Boolean getHqApprovalRequired() {
    return hqApprovalRequired;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getCalibrationSessionId() {
    return calibrationSessionId;
  }

  public List<ReallocationKeyResult> getKeyResults() {
    return Collections.unmodifiableList(keyResults);
  }

  public List<ReallocationVote> getVotes() {
    return Collections.unmodifiableList(votes);
  }

  public long getVersion() {
    return version;
  }
}
