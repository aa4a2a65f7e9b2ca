package dev.okr.domain.reallocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One approver group's vote on a request: who voted, yes or no, and why. */
@Entity
@Table(name = "okr_reallocation_vote")
public class ReallocationVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ReallocationRequest request;

  @Column(name = "approver_group", nullable = false)
  private String approverGroup;

  @Column(nullable = false)
  private String voter;

  @Column(nullable = false)
  private boolean approved;

  private String reason;

  @Column(name = "voted_at", nullable = false)
  private Instant votedAt;

  protected ReallocationVote() {
  }

  ReallocationVote(ReallocationRequest request, String approverGroup, String voter,
      boolean approved, String reason, Instant votedAt) {
    this.request = request;
    this.approverGroup = approverGroup;
    this.voter = voter;
    this.approved = approved;
    this.reason = reason;
    this.votedAt = votedAt;
  }

  public String getApproverGroup() {
    return approverGroup;
  }

  public String getVoter() {
    return voter;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getReason() {
    return reason;
  }

  public Instant getVotedAt() {
    return votedAt;
  }
}
