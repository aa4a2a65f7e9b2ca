package dev.okr.domain.objective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores objectives, key results and cycles. */
@ApplicationScoped
public class ObjectiveRepository {

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  public Optional<Objective> find(long id) {
    return Optional.ofNullable(em.find(Objective.class, id));
  }

  /** Loads an objective for a change, taking an optimistic lock checked at commit. */
  public Optional<Objective> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Objective.class, id, LockModeType.OPTIMISTIC));
  }

  public Optional<KeyResult> findKeyResult(long id) {
    return Optional.ofNullable(em.find(KeyResult.class, id));
  }

  public Optional<KeyResult> findKeyResultByCode(String code) {
    return em.createQuery("select k from KeyResult k where k.code = :code", KeyResult.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Cycle> findCycle(String code) {
    return em.createQuery("select c from Cycle c where c.code = :code", Cycle.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Cycle> cycles() {
    return em.createQuery("select c from Cycle c order by c.startDate desc", Cycle.class)
        .getResultList();
  }

  /**
   * Objectives matching the filter that the viewer may see, in id order.
   *
   * @param viewerId     the viewer's employee id
   * @param managedUnits units whose non-public objectives the viewer sees; null for all
   */
  public List<Objective> list(ObjectiveFilter filter, long viewerId, Set<Long> managedUnits,
      int firstResult, int maxResults) {
    return visible(filter, viewerId, managedUnits, "select o", " order by o.id", Objective.class)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }

  public long count(ObjectiveFilter filter, long viewerId, Set<Long> managedUnits) {
    return visible(filter, viewerId, managedUnits, "select count(o)", "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> visible(ObjectiveFilter filter, long viewerId,
      Set<Long> managedUnits, String select, String order, Class<T> type) {
    String visibility = managedUnits == null ? "" : " and ((o.status = :published"
        + " and o.visibility = :public) or o.owner.id = :viewer or o.draftedBy.id = :viewer"
        + (managedUnits.isEmpty() ? "" : " or o.ownerUnit.id in :managed") + ")";
    // PostgreSQL cannot type a date parameter that is only compared with null, so the period
    // condition is added only when there is one.
    String overlap = filter.overlapsFrom() == null ? ""
        : " and o.cycle.endDate >= :from and o.cycle.startDate <= :to";
    TypedQuery<T> query = em.createQuery(select + " from Objective o left join o.owner ow"
            + " where (:cycle is null or o.cycle.code = :cycle)"
            + " and (:unit is null or o.ownerUnit.code = :unit)"
            + " and (:owner is null or ow.username = :owner)"
            + " and (:status is null or o.status = :status)" + overlap + visibility + order,
            type)
        .setParameter("cycle", filter.cycleCode())
        .setParameter("unit", filter.ownerUnitCode())
        .setParameter("owner", filter.ownerUsername())
        .setParameter("status", filter.status());
    if (filter.overlapsFrom() != null) {
      query.setParameter("from", filter.overlapsFrom()).setParameter("to", filter.overlapsTo());
    }
    if (managedUnits != null) {
      query.setParameter("published", ObjectiveStatus.PUBLISHED)
          .setParameter("public", Visibility.PUBLIC)
          .setParameter("viewer", viewerId);
      if (!managedUnits.isEmpty()) {
        query.setParameter("managed", managedUnits);
      }
    }
    return query;
  }

  public Optional<Objective> findByImportKey(String importKey) {
    return em.createQuery("select o from Objective o where o.importKey = :key", Objective.class)
        .setParameter("key", importKey)
        .getResultStream()
        .findFirst();
  }

  public Optional<Cycle> findCycle(long id) {
    return Optional.ofNullable(em.find(Cycle.class, id));
  }

  public long countObjectives(Cycle cycle) {
    return em.createQuery("select count(o) from Objective o where o.cycle = :cycle", Long.class)
        .setParameter("cycle", cycle)
        .getSingleResult();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void add(Objective objective) {
    em.persist(objective);
  }

  public void add(Cycle cycle) {
    em.persist(cycle);
  }

  /** Flushes pending changes so generated ids are known and constraint errors surface now. */
  public void flush() {
    em.flush();
  }
}
