package dev.okr.domain.reallocation;

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

/** A key result a reallocation serves or weakens. */
@Entity
@Table(name = "okr_reallocation_key_result")
public class ReallocationKeyResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ReallocationRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "key_result_id")
  private KeyResult keyResult;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KeyResultSide side;

  protected ReallocationKeyResult() {
  }

  ReallocationKeyResult(ReallocationRequest request, KeyResult keyResult, KeyResultSide side) {
    this.request = request;
    this.keyResult = keyResult;
    this.side = side;
  }

  public KeyResult getKeyResult() {
    return keyResult;
  }

  public KeyResultSide getSide() {
    return side;
  }
}
