package dev.okr.domain.alignment;

import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.domain.objective.UnknownKeyResultException;
import dev.okr.domain.objective.UnknownObjectiveException;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.domain.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Creates, changes and removes alignment links. Whoever may edit the aligned (lower) objective
 * decides what it aligns to; the objective above must be visible to them and published. A link
 * that would align an objective to itself or close a cycle is refused, so every walk up the
 * alignment graph ends.
 */
@ApplicationScoped
public class AlignmentService {

  private static final Logger LOG = Logger.getLogger(AlignmentService.class);
  private static final String AUDIT_TYPE = "AlignmentLink";

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
  public AlignmentLink link(String actorUsername, long objectiveId, AlignmentDraft draft) {
    Employee actor = directory.person(actorUsername);
    Objective objective = visible(actor, objectiveId);
    requireMayEdit(actor, objective);

    AlignmentLink link = create(actorUsername, actor, objective, draft);

    LOG.infof("Objective '%d' aligned to %s by '%s' (link '%d')", objectiveId,
        describeTarget(link), actorUsername, link.getId());
    return link;
  }

  /** Adds the contributing link a new or revised draft names, unless it already exists. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void linkOnCreation(Employee actor, Objective objective, long keyResultId) {
    boolean exists = linksOf(objective).stream()
        .anyMatch(l -> l.getKeyResult() != null && l.getKeyResult().getId() == keyResultId);
    if (!exists) {
      create(actor.getUsername(), actor, objective,
          new AlignmentDraft(keyResultId, null, LinkType.CONTRIBUTING, null, null));
    }
  }

  /**
   * Links imported rows as the spreadsheet says, without permission checks: the import checked
   * the importer's rights and refused cycles before.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AlignmentLink linkImported(String actorUsername, Objective objective,
      Objective parent) {
    AlignmentLink link = new AlignmentLink(objective, null, parent, actorUsername,
        Instant.now(clock));
    link.define(LinkType.SUPPORTING, null, null);
    em.persist(link);
    return link;
  }

  @Transactional
  public AlignmentLink read(String actorUsername, long linkId) {
    Employee actor = directory.person(actorUsername);
    AlignmentLink link = find(linkId);
    if (!access.maySee(actor, link.getObjective())
        || !access.maySee(actor, link.getTargetObjective())) {
      throw new UnknownEntityException("Alignment link", linkId);
    }
    return link;
  }

  @Transactional
  public AlignmentLink update(String actorUsername, long linkId, long expectedVersion,
      AlignmentDraft draft) {
    Employee actor = directory.person(actorUsername);
    AlignmentLink link = read(actorUsername, linkId);
    requireMayEdit(actor, link.getObjective());
    StaleVersionException.check("Alignment link", linkId, expectedVersion, link.getVersion());
    Map<String, Object> before = state(link);

    define(link, draft.type(), draft.weight(), draft.valueKeyResultId());
    em.flush();

    audit.record(actorUsername, "UPDATED", AUDIT_TYPE, linkId, null, before, state(link));
    return link;
  }

  @Transactional
  public void unlink(String actorUsername, long linkId, long expectedVersion) {
    Employee actor = directory.person(actorUsername);
    AlignmentLink link = read(actorUsername, linkId);
    requireMayEdit(actor, link.getObjective());
    StaleVersionException.check("Alignment link", linkId, expectedVersion, link.getVersion());
    Map<String, Object> before = state(link);

    em.remove(link);
    em.flush();

    audit.record(actorUsername, "DELETED", AUDIT_TYPE, linkId, null, before, null);
    LOG.infof("Alignment link '%d' removed by '%s'", linkId, actorUsername);
  }

  /** The links from an objective up, which the person may see. */
  @Transactional
  public List<AlignmentLink> upward(String actorUsername, long objectiveId) {
    Employee actor = directory.person(actorUsername);
    return linksOf(visible(actor, objectiveId)).stream()
        .filter(l -> access.maySee(actor, l.getTargetObjective()))
        .toList();
  }

  /** The links from objectives below to a key result, which the person may see. */
  @Transactional
  public List<AlignmentLink> alignedTo(String actorUsername, long keyResultId) {
    Employee actor = directory.person(actorUsername);
    KeyResult keyResult = objectives.findKeyResult(keyResultId)
        .filter(k -> access.maySee(actor, k.getObjective()))
        .orElseThrow(() -> new UnknownKeyResultException(keyResultId));
    return em.createQuery("select l from AlignmentLink l where l.keyResult = :kr"
            + " order by l.id", AlignmentLink.class)
        .setParameter("kr", keyResult)
        .getResultList().stream()
        .filter(l -> access.maySee(actor, l.getObjective()))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<AlignmentLink> linksOf(Objective objective) {
    return em.createQuery("select l from AlignmentLink l where l.objective = :o order by l.id",
            AlignmentLink.class)
        .setParameter("o", objective)
        .getResultList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public long countLinksOf(Objective objective) {
    return em.createQuery("select count(l) from AlignmentLink l where l.objective = :o",
            Long.class)
        .setParameter("o", objective)
        .getSingleResult();
  }

  /** How many links point at the objective or one of its key results from below. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long countAlignedBelow(Objective objective) {
    return em.createQuery("select count(l) from AlignmentLink l left join l.keyResult k"
            + " where l.parentObjective = :o or k.objective = :o", Long.class)
        .setParameter("o", objective)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public long countAlignedTo(KeyResult keyResult) {
    return em.createQuery("select count(l) from AlignmentLink l where l.keyResult = :k",
            Long.class)
        .setParameter("k", keyResult)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void removeLinksOf(Objective objective) {
    em.createQuery("delete from AlignmentLink l where l.objective = :o")
        .setParameter("o", objective)
        .executeUpdate();
  }

  /** Forgets a key result that links named as the value to add up, before it is deleted. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void clearValueReferences(KeyResult keyResult) {
    em.createQuery("update AlignmentLink l set l.valueKeyResult = null"
            + " where l.valueKeyResult = :k")
        .setParameter("k", keyResult)
        .executeUpdate();
  }

  private AlignmentLink create(String actorUsername, Employee actor, Objective objective,
      AlignmentDraft draft) {
    if ((draft.keyResultId() == null) == (draft.parentObjectiveId() == null)) {
      throw new InvalidRequestException("Give either keyResultId (align to a key result) or"
          + " parentObjectiveId (support an objective), not both and not neither");
    }
    KeyResult keyResult = null;
    Objective parent;
    if (draft.keyResultId() != null) {
      keyResult = objectives.findKeyResult(draft.keyResultId())
          .filter(k -> access.maySee(actor, k.getObjective()))
          .orElseThrow(() -> new UnknownKeyResultException(draft.keyResultId()));
      parent = keyResult.getObjective();
    } else {
      parent = visible(actor, draft.parentObjectiveId());
    }
    if (parent.getId().equals(objective.getId())) {
      throw new InvalidRequestException("Objective '" + objective.getId()
          + "' cannot be aligned to itself or its own key results");
    }
    if (parent.getStatus() != ObjectiveStatus.PUBLISHED) {
      throw new InvalidRequestException("Objective '" + parent.getId() + "' above is "
          + parent.getStatus() + "; align only to published objectives");
    }
    List<Long> path = pathUp(parent, objective);
    if (path != null) {
      throw new InvalidRequestException("Aligning objective '" + objective.getId()
          + "' to objective '" + parent.getId() + "' would close a cycle: " + pathText(path,
          objective.getId()));
    }
    boolean duplicate = linksOf(objective).stream().anyMatch(l ->
        l.getTargetObjective().getId().equals(parent.getId())
            && (l.getKeyResult() == null ? draft.keyResultId() == null
                : l.getKeyResult().getId().equals(draft.keyResultId())));
    if (duplicate) {
      throw new StateConflictException("Objective '" + objective.getId() + "' is already"
          + " aligned to " + (draft.keyResultId() != null ? "key result '"
          + draft.keyResultId() + "'" : "objective '" + parent.getId() + "'"));
    }

    AlignmentLink link = new AlignmentLink(objective, keyResult,
        keyResult == null ? parent : null, actorUsername, Instant.now(clock));
    define(link, draft.type(), draft.weight(), draft.valueKeyResultId());
    em.persist(link);
    em.flush();

    audit.record(actorUsername, "CREATED", AUDIT_TYPE, link.getId(), null, null, state(link));
    return link;
  }

  private void define(AlignmentLink link, LinkType type, BigDecimal weight,
      Long valueKeyResultId) {
    LinkType effective = type != null ? type
        : link.getKeyResult() != null ? LinkType.CONTRIBUTING : LinkType.SUPPORTING;
    if (link.getKeyResult() == null && effective == LinkType.CONTRIBUTING) {
      throw new InvalidRequestException("A link to an objective as a whole only supports it;"
          + " link to one of its key results to contribute to its progress");
    }
    if (weight != null && weight.signum() < 0) {
      throw new InvalidRequestException("A link's weight cannot be negative");
    }
    Numbers.requireWeight("weight", weight);
    KeyResult value = null;
    if (valueKeyResultId != null) {
      value = link.getObjective().getKeyResults().stream()
          .filter(k -> k.getId().equals(valueKeyResultId))
          .findFirst()
          .orElseThrow(() -> new InvalidRequestException("valueKeyResultId '"
              + valueKeyResultId + "' is not a key result of objective '"
              + link.getObjective().getId() + "'"));
    }
    link.define(effective, weight, value);
  }

  /**
   * The chain of objective ids from {@code start} up to {@code sought} along existing links,
   * or null when {@code sought} is not above {@code start}. Breadth first with a visited set,
   * so existing bad data cannot make it loop.
   */
  private List<Long> pathUp(Objective start, Objective sought) {
    Map<Long, Long> cameFrom = new HashMap<>();
    Deque<Objective> pending = new ArrayDeque<>();
    cameFrom.put(start.getId(), null);
    pending.add(start);
    while (!pending.isEmpty()) {
      Objective current = pending.poll();
      if (current.getId().equals(sought.getId())) {
        List<Long> path = new ArrayList<>();
        for (Long id = current.getId(); id != null; id = cameFrom.get(id)) {
          path.add(0, id);
        }
        return path;
      }
      for (AlignmentLink up : linksOf(current)) {
        Objective next = up.getTargetObjective();
        if (!cameFrom.containsKey(next.getId())) {
          cameFrom.put(next.getId(), current.getId());
          pending.add(next);
        }
      }
    }
    return null;
  }

  private static String pathText(List<Long> pathFromParent, long objectiveId) {
    StringBuilder text = new StringBuilder("objective '" + objectiveId + "'");
    for (Long id : pathFromParent) {
      text.append(" → '").append(id).append('\'');
    }
    return text.append(" already lies above it").toString();
  }

  private Objective visible(Employee actor, long objectiveId) {
    return objectives.find(objectiveId)
        .filter(o -> access.maySee(actor, o))
        .orElseThrow(() -> new UnknownObjectiveException(objectiveId));
  }

  private void requireMayEdit(Employee actor, Objective objective) {
    if (!access.mayEdit(actor, objective)) {
      throw new AccessDeniedException("Only the owner or a head above objective '"
          + objective.getId() + "' may change what it aligns to");
    }
  }

  private AlignmentLink find(long linkId) {
    AlignmentLink link = em.find(AlignmentLink.class, linkId);
    if (link == null) {
      throw new UnknownEntityException("Alignment link", linkId);
    }
    return link;
  }


  private static String describeTarget(AlignmentLink link) {
    return link.getKeyResult() != null ? "key result '" + link.getKeyResult().getId() + "'"
        : "objective '" + link.getParentObjective().getId() + "'";
  }

  static Map<String, Object> state(AlignmentLink link) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("objectiveId", link.getObjective().getId());
    state.put("keyResultId", link.getKeyResult() == null ? null : link.getKeyResult().getId());
    state.put("parentObjectiveId", link.getParentObjective() == null ? null
        : link.getParentObjective().getId());
    state.put("type", link.getType().name());
    state.put("weight", link.getWeight() == null ? null
        : link.getWeight().stripTrailingZeros().toPlainString());
    state.put("valueKeyResultId", link.getValueKeyResult() == null ? null
        : link.getValueKeyResult().getId());
    return state;
  }
}
