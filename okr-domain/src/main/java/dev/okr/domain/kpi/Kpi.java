package dev.okr.domain.kpi;

import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.MeasureUnit;
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
import java.time.Instant;

/**
 * A key performance indicator of a person in an execution-type position: a target expected to
 * be met in full, scored by attainment (actual against target, capped at
 * {@link #MAX_ATTAINMENT}). A KPI stays out of OKR roll-ups unless it is explicitly linked to a
 * key result, and then contributes its attainment (capped at 1) with the link's weight.
 */
@Entity
@Table(name = "okr_kpi")
public class Kpi {

  /** Attainment is capped here so one outlier month cannot dominate a review. */
  public static final BigDecimal MAX_ATTAINMENT = new BigDecimal("1.2");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private Employee owner;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_unit", nullable = false)
  private MeasureUnit unit;

  private String currency;

  @Column(name = "lower_is_better", nullable = false)
  private boolean lowerIsBetter;

  @Column(nullable = false)
  private BigDecimal target;

  private BigDecimal actual;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "linked_key_result_id")
  private KeyResult linkedKeyResult;

  @Column(name = "link_weight")
  private BigDecimal linkWeight;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Kpi() {
  }

  Kpi(Cycle cycle, Employee owner, Instant now) {
    this.cycle = cycle;
    this.owner = owner;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void define(KpiDraft draft, KeyResult linkedKeyResult, Instant now) {
    this.name = draft.name();
    this.unit = draft.unit() == null ? MeasureUnit.COUNT : draft.unit();
    this.currency = this.unit == MeasureUnit.CURRENCY
        ? (draft.currency() == null ? "CNY" : draft.currency()) : null;
    this.lowerIsBetter = draft.lowerIsBetter();
    this.target = draft.target();
    this.actual = draft.actual();
    this.linkedKeyResult = linkedKeyResult;
    this.linkWeight = draft.linkWeight();
    this.updatedAt = now;
  }

  /**
   * Actual against target, 0…{@link #MAX_ATTAINMENT}, 4 decimals: actual / target, or target /
   * actual when lower is better. Null before an actual is recorded.
   */
  public BigDecimal attainment() {
    if (actual == null) {
      return null;
    }
    BigDecimal ratio;
    if (lowerIsBetter) {
      ratio = actual.signum() <= 0 ? MAX_ATTAINMENT
          : target.divide(actual, 4, RoundingMode.HALF_UP);
    } else {
      ratio = target.signum() == 0 ? MAX_ATTAINMENT
          : actual.divide(target, 4, RoundingMode.HALF_UP);
    }
    return ratio.max(BigDecimal.ZERO).min(MAX_ATTAINMENT);
  }

  /** True once the target is met in full. */
  public boolean isMet() {
    BigDecimal attainment = attainment();
    return attainment != null && attainment.compareTo(BigDecimal.ONE) >= 0;
  }

  public Long getId() {
    return id;
  }

  public Cycle getCycle() {
    return cycle;
  }

  public Employee getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public MeasureUnit getUnit() {
    return unit;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isLowerIsBetter() {
    return lowerIsBetter;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public BigDecimal getActual() {
    return actual;
  }

  /** The key result this KPI explicitly feeds, or null: then it is in no roll-up. */
  public KeyResult getLinkedKeyResult() {
    return linkedKeyResult;
  }

  public BigDecimal getLinkWeight() {
    return linkWeight;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
