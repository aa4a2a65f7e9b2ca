package dev.okr.domain.objective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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
   * Objectives matching the filters (null means any), newest first.
   *
   * @param ownerUnitCode the owning unit's code
   * @param status        the life-cycle status
   */
  public List<Objective> list(String cycleCode, String ownerUnitCode, ObjectiveStatus status,
      int firstResult, int maxResults) {
    return em.createQuery(
            "select o from Objective o join fetch o.cycle join fetch o.ownerUnit"
                + " where (:cycle is null or o.cycle.code = :cycle)"
                + " and (:unit is null or o.ownerUnit.code = :unit)"
                + " and (:status is null or o.status = :status)"
                + " order by o.id", Objective.class)
        .setParameter("cycle", cycleCode)
        .setParameter("unit", ownerUnitCode)
        .setParameter("status", status)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
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
