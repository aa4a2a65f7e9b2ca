package dev.okr.domain.objective;

import dev.okr.domain.organisation.Employee;
import dev.okr.domain.progress.ProgressFormula;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measurable result of an objective: a value moving from a baseline to a target by a due date,
 * measured by its {@link KeyResultKind kind}. Its current value changes only through check-ins
 * (or is derived from aligned objectives, per its {@link ProgressSource source}). Baseline,
 * target, unit and due date may be missing while drafting; the quality check refuses to send
 * such a key result for review.
 */
@Entity
@Table(name = "okr_key_result")
public class KeyResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "objective_id")
  private Objective objective;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KeyResultKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_unit")
  private MeasureUnit unit;

  private String currency;

  private BigDecimal baseline;

  private BigDecimal target;

  @Column(name = "current_value")
  private BigDecimal currentValue;

  @Column(name = "band_upper")
  private BigDecimal bandUpper;

  private BigDecimal weight;

  @Enumerated(EnumType.STRING)
  @Column(name = "progress_source", nullable = false)
  private ProgressSource source = ProgressSource.CHECK_INS;

  private Integer confidence;

  @Column(name = "last_check_in_at")
  private Instant lastCheckInAt;

  @Column(name = "import_key")
  private String importKey;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private Employee owner;

  @Version
  private long version;

  protected KeyResult() {
  }

  KeyResult(Objective objective, int position, KeyResultDraft draft, Employee owner) {
    this.objective = objective;
    this.position = position;
    this.owner = owner;
    apply(draft);
    this.currentValue = draft.kind() == KeyResultKind.MILESTONE && draft.baseline() == null
        ? BigDecimal.ZERO : draft.baseline();
  }

  final void apply(KeyResultDraft draft) {
    this.title = draft.title();
    this.kind = draft.kind() == null ? KeyResultKind.INCREASE : draft.kind();
    this.unit = draft.unit();
    this.currency = draft.unit() == MeasureUnit.CURRENCY
        ? (draft.currency() == null ? "CNY" : draft.currency()) : null;
    this.baseline = draft.baseline();
    this.target = draft.target();
    this.bandUpper = draft.bandUpper();
    this.weight = draft.weight();
    this.dueDate = draft.dueDate();
    this.source = draft.source() == null ? ProgressSource.CHECK_INS : draft.source();
  }

  /** Takes a check-in's value (null keeps the value) and confidence (null keeps it). */
  public void recordCheckIn(BigDecimal value, Integer confidence, Instant at) {
    if (value != null) {
      this.currentValue = value;
    }
    if (confidence != null) {
      this.confidence = confidence;
    }
    this.lastCheckInAt = at;
  }

  /** Restores the state after a check-in is retracted or corrected. */
  public void restore(BigDecimal value, Integer confidence, Instant lastCheckInAt) {
    this.currentValue = value;
    this.confidence = confidence;
    this.lastCheckInAt = lastCheckInAt;
  }

  void markImported(String importKey) {
    this.importKey = importKey;
  }

  void assignCode(String code) {
    this.code = code;
  }

  void recordValue(BigDecimal value) {
    this.currentValue = value;
  }

  void changeOwner(Employee owner) {
    this.owner = owner;
  }

  /**
   * Raw progress of this key result's own value by its kind's formula (not rolled up), as a
   * fraction; may be below 0 or above 1; null when not measurable.
   */
  public Double ownProgress() {
    return ProgressFormula.raw(kind, toDouble(baseline), toDouble(target), toDouble(bandUpper),
        toDouble(currentValue));
  }

  private static Double toDouble(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Objective getObjective() {
    return objective;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public KeyResultKind getKind() {
    return kind;
  }

  public MeasureUnit getUnit() {
    return unit;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public BigDecimal getCurrentValue() {
    return currentValue;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getBandUpper() {
    return bandUpper;
  }

  public ProgressSource getSource() {
    return source;
  }

  /** Latest confidence given in a check-in, 0…10; null before the first. */
  public Integer getConfidence() {
    return confidence;
  }

  public Instant getLastCheckInAt() {
    return lastCheckInAt;
  }

  public String getImportKey() {
    return importKey;
  }

  public long getVersion() {
    return version;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Employee getOwner() {
    return owner;
  }
}
