package dev.okr.domain.calibration;

import dev.okr.domain.reallocation.ReallocationRequest;
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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outcome of a calibration. A later decision may name one it reverses, which is how the
 * analytics find reversed decisions.
 */
@Entity
@Table(name = "okr_calibration_decision")
public class CalibrationDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private CalibrationSession session;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionKind kind;

  @Column(nullable = false)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reallocation_request_id")
  private ReallocationRequest reallocationRequest;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reverses_id")
  private CalibrationDecision reverses;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected CalibrationDecision() {
  }

  CalibrationDecision(CalibrationSession session, DecisionKind kind, String text,
      ReallocationRequest reallocationRequest, String decidedBy, Instant decidedAt) {
    this.session = session;
    this.kind = kind;
    this.text = text;
    this.reallocationRequest = reallocationRequest;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  void reverse(CalibrationDecision earlier) {
    this.reverses = earlier;
  }

  public CalibrationSession getSession() {
    return session;
  }

  public Long getId() {
    return id;
  }

  public DecisionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public ReallocationRequest getReallocationRequest() {
    return reallocationRequest;
  }

  public CalibrationDecision getReverses() {
    return reverses;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
