package dev.okr.domain.objective;

import dev.okr.domain.organisation.Employee;
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
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A measurable result of an objective: a value moving from a baseline to a target by a due date.
 * Baseline, target, unit and due date may be missing while drafting; the quality check refuses
 * to send such a key result for review.
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

  private BigDecimal baseline;

  private BigDecimal target;

  @Column(name = "current_value")
  private BigDecimal currentValue;

  private BigDecimal weight;

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
  }

  final void apply(KeyResultDraft draft) {
    this.title = draft.title();
    this.kind = draft.kind() == null ? KeyResultKind.INCREASE : draft.kind();
    this.unit = draft.unit();
    this.baseline = draft.baseline();
    this.target = draft.target();
    this.currentValue = draft.baseline();
    this.weight = draft.weight();
    this.dueDate = draft.dueDate();
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
   * Share of the way from baseline to target, 0.0 to 1.0, clamped; null when baseline or target
   * is missing or equal. Works for both directions because it divides signed distances.
   */
  public BigDecimal progress() {
    if (baseline == null || target == null || currentValue == null
        || baseline.compareTo(target) == 0) {
      return null;
    }
    BigDecimal ratio = currentValue.subtract(baseline)
        .divide(target.subtract(baseline), 4, RoundingMode.HALF_UP);
    return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE);
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
