package dev.okr.domain.alignment;

import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.Objective;
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

/**
 * Links an objective to a key result above it (or, supporting only, to an objective above). An
 * objective may link to several key results; each pair at most once. The graph of links never
 * has a cycle: {@link AlignmentService} refuses a link that would close one.
 */
@Entity
@Table(name = "okr_alignment_link")
public class AlignmentLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "objective_id")
  private Objective objective;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "key_result_id")
  private KeyResult keyResult;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_objective_id")
  private Objective parentObjective;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_type", nullable = false)
  private LinkType type;

  private BigDecimal weight;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "value_key_result_id")
  private KeyResult valueKeyResult;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version
  private long version;

  protected AlignmentLink() {
  }

  AlignmentLink(Objective objective, KeyResult keyResult, Objective parentObjective,
      String createdBy, Instant now) {
    this.objective = objective;
    this.keyResult = keyResult;
    this.parentObjective = parentObjective;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void define(LinkType type, BigDecimal weight, KeyResult valueKeyResult) {
    this.type = type;
    this.weight = weight;
    this.valueKeyResult = valueKeyResult;
  }

  public Long getId() {
    return id;
  }

  /** The aligned (lower) objective. */
  public Objective getObjective() {
    return objective;
  }

  /** The key result above that the objective serves; null for a link to an objective. */
  public KeyResult getKeyResult() {
    return keyResult;
  }

  /**
   * The objective above, for a link made to an objective as a whole (as spreadsheets from other
   * OKR tools do); such links are always supporting. Null for a link to a key result.
   */
  public Objective getParentObjective() {
    return parentObjective;
  }

  /** The objective above, whichever way the link is made. */
  public Objective getTargetObjective() {
    return keyResult != null ? keyResult.getObjective() : parentObjective;
  }

  public LinkType getType() {
    return type;
  }

  /** Weight among the contributors of the key result above; null counts as 1. */
  public BigDecimal getWeight() {
    return weight;
  }

  /**
   * The key result of the aligned objective whose value a summing key result above adds up;
   * null when the key result above averages progress.
   */
  public KeyResult getValueKeyResult() {
    return valueKeyResult;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
