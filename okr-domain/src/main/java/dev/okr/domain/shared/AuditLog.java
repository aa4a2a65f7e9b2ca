package dev.okr.domain.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Appends audit entries in the caller's transaction, so an entry exists exactly when its change
 * does, and reads them back. States are stored as JSON objects of the fields that matter to a
 * reader (see each service's {@code state} method).
 */
@ApplicationScoped
public class AuditLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String entityType, Object entityId,
      String detail) {
    record(actor, action, entityType, entityId, detail, null, null);
  }

  /**
   * Records a change with the object's state before and after it.
   *
   * @param before null for a creation
   * @param after  null for a deletion
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String entityType, Object entityId,
      String detail, Map<String, ?> before, Map<String, ?> after) {
    em.persist(new AuditEntry(Instant.now(clock), actor, action, entityType,
        String.valueOf(entityId), detail, json(before), json(after)));
  }

  public List<AuditEntry> forEntity(String entityType, Object entityId) {
    return search(entityType, String.valueOf(entityId), null, 0, Integer.MAX_VALUE);
  }

  /** Entries matching the filters (null means any), oldest first. */
  public List<AuditEntry> search(String entityType, String entityId, String actor,
      int firstResult, int maxResults) {
    TypedQuery<AuditEntry> query = em.createQuery(
            "select a from AuditEntry a where (:type is null or a.entityType = :type)"
                + " and (:id is null or a.entityId = :id)"
                + " and (:actor is null or a.actor = :actor)"
                + " order by a.occurredAt, a.id", AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .setParameter("actor", actor)
        .setFirstResult(firstResult);
    if (maxResults < Integer.MAX_VALUE) {
      query.setMaxResults(maxResults);
    }
    return query.getResultList();
  }

  public long count(String entityType, String entityId, String actor) {
    return em.createQuery(
            "select count(a) from AuditEntry a where (:type is null or a.entityType = :type)"
                + " and (:id is null or a.entityId = :id)"
                + " and (:actor is null or a.actor = :actor)", Long.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .setParameter("actor", actor)
        .getSingleResult();
  }

  private static String json(Map<String, ?> state) {
    if (state == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit state is not serialisable: " + state.keySet(), e);
    }
  }
}
