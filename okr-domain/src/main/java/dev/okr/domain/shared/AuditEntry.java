package dev.okr.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change made to a business object: who did what to which object, and when. Entries are
 * only ever appended; the detail holds a readable before/after summary.
 */
@Entity
@Table(name = "okr_audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "entity_type", nullable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false)
  private String entityId;

  private String detail;

  @Column(name = "before_state")
  private String before;

  @Column(name = "after_state")
  private String after;

  protected AuditEntry() {
  }

  public AuditEntry(
      Instant occurredAt, String actor, String action, String entityType, String entityId,
      String detail, String before, String after) {
    this.before = before;
    this.after = after;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getDetail() {
    return detail;
  }

  /** The object's state before the change as a JSON object; null for a creation. */
  public String getBefore() {
    return before;
  }

  /** The object's state after the change as a JSON object; null for a deletion. */
  public String getAfter() {
    return after;
  }
}
