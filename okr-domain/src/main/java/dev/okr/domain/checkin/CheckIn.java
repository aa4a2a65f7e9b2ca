package dev.okr.domain.checkin;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One report on a key result: its value (null when only confidence or a comment is given),
 * confidence 0–10, comment, author and time, and where it came from. Check-ins are never
 * overwritten: a correction appends a new check-in that names the one it corrects, and a
 * retraction only marks the check-in; the key result then takes the latest valid one's value.
 */
@Entity
@Table(name = "okr_check_in")
public class CheckIn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "key_result_id")
  private KeyResult keyResult;

  @Column(name = "check_in_value")
  private BigDecimal value;

  @Column(name = "previous_value")
  private BigDecimal previousValue;

  private Integer confidence;

  @Column(name = "check_in_comment")
  private String comment;

  @Column(nullable = false)
  private String author;

  @Column(name = "checked_in_at", nullable = false)
  private Instant checkedInAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CheckInSource source;

  @Column(name = "source_ref")
  private String sourceRef;

  @Column(name = "source_url")
  private String sourceUrl;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "corrects_id")
  private CheckIn corrects;

  @Column(name = "retracted_at")
  private Instant retractedAt;

  @Column(name = "retracted_by")
  private String retractedBy;

  protected CheckIn() {
  }

  CheckIn(KeyResult keyResult, CheckInRequest request, String author, Instant now) {
    this.keyResult = keyResult;
    this.value = request.value();
    this.previousValue = keyResult.getCurrentValue();
    this.confidence = request.confidence();
    this.comment = request.comment();
    this.author = author;
    this.checkedInAt = now;
    this.source = request.source() == null ? CheckInSource.MANUAL : request.source();
    this.sourceRef = request.sourceRef();
    this.sourceUrl = request.sourceUrl();
  }

  void correct(CheckIn earlier) {
    this.corrects = earlier;
  }

  void retract(String actor, Instant now) {
    this.retractedAt = now;
    this.retractedBy = actor;
  }

  public boolean isRetracted() {
    return retractedAt != null;
  }

  public Long getId() {
    return id;
  }

  public KeyResult getKeyResult() {
    return keyResult;
  }

  /** The reported value; null when the check-in only gave confidence or a comment. */
  public BigDecimal getValue() {
    return value;
  }

  /** The key result's value just before this check-in. */
  public BigDecimal getPreviousValue() {
    return previousValue;
  }

  public Integer getConfidence() {
    return confidence;
  }

  public String getComment() {
    return comment;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public CheckInSource getSource() {
    return source;
  }

  /** The integration event's id, or the import row. */
  public String getSourceRef() {
    return sourceRef;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  /** The check-in this one corrects, or null. */
  public CheckIn getCorrects() {
    return corrects;
  }

  public Instant getRetractedAt() {
    return retractedAt;
  }

  public String getRetractedBy() {
    return retractedBy;
  }
}
