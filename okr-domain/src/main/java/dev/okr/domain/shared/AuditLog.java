package dev.okr.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Appends audit entries in the caller's transaction and reads them back per object. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String entityType, Object entityId,
      String detail) {
    em.persist(new AuditEntry(Instant.now(clock), actor, action, entityType,
        String.valueOf(entityId), detail));
  }

  public List<AuditEntry> forEntity(String entityType, Object entityId) {
    return em.createQuery(
            "select a from AuditEntry a where a.entityType = :type and a.entityId = :id"
                + " order by a.occurredAt, a.id", AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", String.valueOf(entityId))
        .getResultList();
  }
}
