package dev.okr.domain.kpi;

import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.UnknownCycleException;
import dev.okr.domain.objective.UnknownKeyResultException;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * KPIs of people in execution-type positions. The heads above a person define and change their
 * KPIs; the person records the actual; KPIs are visible to the person and the heads above.
 */
@ApplicationScoped
public class KpiService {

  private static final Logger LOG = Logger.getLogger(KpiService.class);
  private static final String AUDIT_TYPE = "Kpi";

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  @Inject
  AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public Kpi create(String actorUsername, KpiDraft draft) {
    Employee actor = directory.person(actorUsername);
    validate(draft);
    Employee owner = directory.person(draft.ownerUsername());
    requireManager(actor, owner);
    if (!owner.getRole().isExecutionType()) {
      throw new InvalidRequestException("'" + owner.getUsername() + "' holds a creative-type"
          + " position (" + owner.getRole() + "); KPIs are for execution-type positions, give"
          + " them OKRs instead");
    }
    Cycle cycle = objectives.findCycle(draft.cycleCode())
        .orElseThrow(() -> new UnknownCycleException(draft.cycleCode()));
    Instant now = Instant.now(clock);

    Kpi kpi = new Kpi(cycle, owner, now);
    kpi.define(draft, linked(actor, draft), now);
    em.persist(kpi);
    em.flush();

    audit.record(actorUsername, "CREATED", AUDIT_TYPE, kpi.getId(), null, null, state(kpi));
    LOG.infof("KPI '%d' defined for '%s' by '%s'", kpi.getId(), owner.getUsername(),
        actorUsername);
    return kpi;
  }

  @Transactional
  public Kpi read(String actorUsername, long id) {
    Employee actor = directory.person(actorUsername);
    Kpi kpi = em.find(Kpi.class, id);
    if (kpi == null || !maySee(actor, kpi)) {
      throw new UnknownEntityException("KPI", id);
    }
    return kpi;
  }

  /** KPIs the person may see, optionally of one cycle and one owner. */
  @Transactional
  public List<Kpi> list(String actorUsername, String cycleCode, String ownerUsername,
      int firstResult, int maxResults) {
    Employee actor = directory.person(actorUsername);
    return em.createQuery("select k from Kpi k where (:cycle is null or k.cycle.code = :cycle)"
            + " and (:owner is null or k.owner.username = :owner) order by k.id", Kpi.class)
        .setParameter("cycle", cycleCode)
        .setParameter("owner", ownerUsername)
        .getResultStream()
        .filter(k -> maySee(actor, k))
        .skip(firstResult)
        .limit(maxResults)
        .toList();
  }

  /**
   * Changes a KPI. Its owner may change only the actual; the heads above may change everything
   * but the owner and cycle.
   */
  @Transactional
  public Kpi update(String actorUsername, long id, long expectedVersion, KpiDraft draft) {
    Employee actor = directory.person(actorUsername);
    Kpi kpi = read(actorUsername, id);
    StaleVersionException.check("KPI", id, expectedVersion, kpi.getVersion());
    validate(draft);
    boolean manager = access.mayManage(actor, kpi.getOwner().getOrgUnit());
    if (!manager && !onlyActualDiffers(kpi, draft)) {
      throw new AccessDeniedException("The owner of KPI '" + id + "' records its actual; only"
          + " a head above '" + kpi.getOwner().getUsername() + "' may change the rest");
    }
    if (!kpi.getOwner().getUsername().equals(draft.ownerUsername())
        || !kpi.getCycle().getCode().equals(draft.cycleCode())) {
      throw new InvalidRequestException("A KPI's owner and cycle cannot change; define a new"
          + " KPI instead");
    }
    Map<String, Object> before = state(kpi);

    kpi.define(draft, linked(actor, draft), Instant.now(clock));
    em.flush();

    audit.record(actorUsername, "UPDATED", AUDIT_TYPE, id, null, before, state(kpi));
    return kpi;
  }

  @Transactional
  public void delete(String actorUsername, long id, long expectedVersion) {
    Employee actor = directory.person(actorUsername);
    Kpi kpi = read(actorUsername, id);
    requireManager(actor, kpi.getOwner());
    StaleVersionException.check("KPI", id, expectedVersion, kpi.getVersion());
    Map<String, Object> before = state(kpi);

    em.remove(kpi);
    em.flush();

    audit.record(actorUsername, "DELETED", AUDIT_TYPE, id, null, before, null);
  }

  private boolean maySee(Employee actor, Kpi kpi) {
    return actor.getUsername().equals(kpi.getOwner().getUsername())
        || access.mayManage(actor, kpi.getOwner().getOrgUnit());
  }

  private void requireManager(Employee actor, Employee owner) {
    boolean headAbove = !actor.getUsername().equals(owner.getUsername())
        && access.mayManage(actor, owner.getOrgUnit());
    if (!headAbove && !access.isStrategist(actor)) {
      throw new AccessDeniedException("Only a head above '" + owner.getUsername()
          + "' or HQ strategy may define or remove their KPIs");
    }
  }

  private KeyResult linked(Employee actor, KpiDraft draft) {
    if (draft.linkedKeyResultId() == null) {
      return null;
    }
    return objectives.findKeyResult(draft.linkedKeyResultId())
        .filter(k -> access.maySee(actor, k.getObjective()))
        .orElseThrow(() -> new UnknownKeyResultException(draft.linkedKeyResultId()));
  }

  private static boolean onlyActualDiffers(Kpi kpi, KpiDraft draft) {
    return Objects.equals(kpi.getName(), draft.name())
        && kpi.getTarget().compareTo(draft.target()) == 0
        && kpi.isLowerIsBetter() == draft.lowerIsBetter()
        && (draft.unit() == null || kpi.getUnit() == draft.unit())
        && Objects.equals(kpi.getLinkedKeyResult() == null ? null
            : kpi.getLinkedKeyResult().getId(), draft.linkedKeyResultId());
  }

  private static void validate(KpiDraft draft) {
    if (draft.name() == null || draft.name().isBlank() || draft.target() == null
        || draft.ownerUsername() == null || draft.cycleCode() == null) {
      throw new InvalidRequestException("A KPI needs cycleCode, ownerUsername, name and target");
    }
    if (draft.linkWeight() != null && draft.linkWeight().signum() < 0) {
      throw new InvalidRequestException("A KPI's link weight cannot be negative");
    }
    Numbers.requireValue("target", draft.target());
    Numbers.requireValue("actual", draft.actual());
    Numbers.requireWeight("linkWeight", draft.linkWeight());
  }


  static Map<String, Object> state(Kpi kpi) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("owner", kpi.getOwner().getUsername());
    state.put("cycle", kpi.getCycle().getCode());
    state.put("name", kpi.getName());
    state.put("target", kpi.getTarget().toPlainString());
    state.put("actual", kpi.getActual() == null ? null : kpi.getActual().toPlainString());
    state.put("lowerIsBetter", kpi.isLowerIsBetter());
    state.put("linkedKeyResultId", kpi.getLinkedKeyResult() == null ? null
        : kpi.getLinkedKeyResult().getId());
    return state;
  }
}
