package dev.okr.domain.calibration;

import dev.okr.domain.objective.KeyResult;
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

/** A risk the challenger raised, on a key result of the region when they named one. */
@Entity
@Table(name = "okr_calibration_risk")
public class CalibrationRisk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private CalibrationSession session;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "key_result_id")
  private KeyResult keyResult;

  @Column(name = "key_result_ref")
  private String keyResultRef;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskSeverity severity;

  @Column(name = "raised_by", nullable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  protected CalibrationRisk() {
  }

  CalibrationRisk(CalibrationSession session, KeyResult keyResult, String keyResultRef,
      String description, RiskSeverity severity, String raisedBy, Instant raisedAt) {
    this.session = session;
    this.keyResult = keyResult;
    this.keyResultRef = keyResultRef;
    this.description = description;
    this.severity = severity;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
  }

  public Long getId() {
    return id;
  }

  /** The key result the risk concerns, when the challenger named a known one. */
  public KeyResult getKeyResult() {
    return keyResult;
  }

  /** What the challenger typed to name the key result (a code such as EAST-1-KR2). */
  public String getKeyResultRef() {
    return keyResultRef;
  }

  public String getDescription() {
    return description;
  }

  public RiskSeverity getSeverity() {
    return severity;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }
}
