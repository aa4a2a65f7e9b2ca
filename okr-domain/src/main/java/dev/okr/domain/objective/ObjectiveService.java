package dev.okr.domain.objective;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.EmployeeRole;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Drafting, reviewing and publishing objectives. Every method that changes state runs in the
 * caller's JTA transaction or starts one, checks who may act, and writes an audit entry.
 */
@ApplicationScoped
public class ObjectiveService {

  /** Fewest key results an objective may be submitted with. */
  public static final int MIN_KEY_RESULTS = 2;
  /** Most key results an objective may have. */
  public static final int MAX_KEY_RESULTS = 5;

  private static final Logger LOG = Logger.getLogger(ObjectiveService.class);
  private static final String AUDIT_TYPE = "Objective";

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** Creates a draft owned by the given unit (or, without one, by the drafter personally). */
  @Transactional
  public Objective createDraft(String actorUsername, ObjectiveDraft draft) {
    Employee actor = directory.person(actorUsername);
    Cycle cycle = cycle(draft.cycleCode());
    OrgUnit ownerUnit = draft.ownerUnitCode() == null
        ? actor.getOrgUnit() : directory.orgUnit(draft.ownerUnitCode());
    if (draft.ownerUnitCode() != null && !mayManage(actor, ownerUnit)) {
      throw new AccessDeniedException("Only the head of '" + ownerUnit.getCode()
          + "' or a unit above it may draft its objectives");
    }

    Objective objective = new Objective(cycle, ownerUnit, actor, actor, Instant.now(clock));
    applyContent(objective, actor, draft);
    objectives.add(objective);
    objectives.flush();

    audit.record(actorUsername, "DRAFTED", AUDIT_TYPE, objective.getId(), describe(objective));
    LOG.infof("Objective '%d' drafted by '%s' for unit '%s' in cycle '%s'",
        objective.getId(), actorUsername, ownerUnit.getCode(), cycle.getCode());
    return objective;
  }

  /** Replaces the content of an editable objective; the version must be the one last read. */
  @Transactional
  public Objective revise(String actorUsername, long id, long expectedVersion,
      ObjectiveDraft draft) {
    Employee actor = directory.person(actorUsername);
    Objective objective = visibleObjective(actor, id);
    requireMayEdit(actor, objective);
    if (objective.getVersion() != expectedVersion) {
      throw new StaleObjectiveException(id, expectedVersion, objective.getVersion());
    }

    applyContent(objective, actor, draft);
    objectives.flush();

    audit.record(actorUsername, "REVISED", AUDIT_TYPE, id, describe(objective));
    LOG.infof("Objective '%d' revised by '%s'", id, actorUsername);
    return objective;
  }

  /** The objective, if the person may see it; unknown and hidden look the same to the caller. */
  @Transactional
  public Objective read(String actorUsername, long id) {
    return visibleObjective(directory.person(actorUsername), id);
  }

  @Transactional
  public List<Objective> list(String actorUsername, String cycleCode, String ownerUnitCode,
      ObjectiveStatus status, int firstResult, int maxResults) {
    Employee actor = directory.person(actorUsername);
    // TODO(#3): filter visibility in the query instead of in memory — the visibility rules
    // (private objectives, the owner's chain) are defined by the OKR model issue.
    List<Objective> visible = new ArrayList<>();
    for (Objective o : objectives.list(cycleCode, ownerUnitCode, status, 0, Integer.MAX_VALUE)) {
      if (maySee(actor, o)) {
        visible.add(o);
      }
    }
    int from = Math.min(firstResult, visible.size());
    int to = Math.min(visible.size(), from + maxResults);
    return visible.subList(from, to);
  }

  @Transactional
  public List<Cycle> cycles() {
    return objectives.cycles();
  }

  /**
   * Checks that the person may submit the objective now and finds who reviews it.
   *
   * @throws StateConflictException when it is not editable, has the wrong number of key
   *     results, or nobody above the drafter can review it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Submission prepareSubmission(String actorUsername, long id) {
    Employee actor = directory.person(actorUsername);
    Objective objective = visibleObjective(actor, id);
    requireMayEdit(actor, objective);
    int count = objective.getKeyResults().size();
    if (count < MIN_KEY_RESULTS || count > MAX_KEY_RESULTS) {
      throw new StateConflictException("Objective '" + id + "' has " + count
          + " key results; between " + MIN_KEY_RESULTS + " and " + MAX_KEY_RESULTS
          + " are needed to submit it");
    }
    Employee drafter = objective.getDraftedBy() != null ? objective.getDraftedBy() : actor;
    Employee reviewer = directory.superiorOf(drafter)
        .orElseThrow(() -> new StateConflictException("Nobody reviews objectives of '"
            + drafter.getUsername() + "': the unit above has no head. Appoint one first."));
    return new Submission(objective, drafter, reviewer);
  }

  /** Marks the objective as in review; its content is frozen until it is returned. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markSubmitted(String actorUsername, long id) {
    Objective objective = objectives.findForUpdate(id)
        .orElseThrow(() -> new UnknownObjectiveException(id));

    objective.submit(Instant.now(clock));

    audit.record(actorUsername, "SUBMITTED", AUDIT_TYPE, id, null);
    LOG.infof("Objective '%d' submitted for review by '%s'", id, actorUsername);
  }

  /** Remembers the approval process instance that reviews the objective. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void linkApprovalProcess(long id, String processInstanceId) {
    objectives.find(id).orElseThrow(() -> new UnknownObjectiveException(id))
        .linkApprovalProcess(processInstanceId);
  }

  /** Publishes an objective its reviewer approved. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(long id, String reviewerUsername, String comment) {
    Objective objective = objectives.findForUpdate(id)
        .orElseThrow(() -> new UnknownObjectiveException(id));

    objective.publish(comment, Instant.now(clock));

    audit.record(reviewerUsername, "PUBLISHED", AUDIT_TYPE, id, comment);
    LOG.infof("Objective '%d' published, approved by '%s'", id, reviewerUsername);
  }

  /** Sends an objective back to its drafter with the reviewer's or the quality check's reason. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void returnToDrafter(long id, String reviewerUsername, String comment) {
    Objective objective = objectives.findForUpdate(id)
        .orElseThrow(() -> new UnknownObjectiveException(id));

    objective.returnToDrafter(comment);

    audit.record(reviewerUsername, "RETURNED", AUDIT_TYPE, id, comment);
    LOG.infof("Objective '%d' returned to its drafter by '%s'", id, reviewerUsername);
  }

  /**
   * Publishes a draft without review, as imported from an approved plan (the demo company, a
   * spreadsheet of last quarter's OKRs). Codes and current values are taken as given.
   *
   * @param keyResultCodes one code per key result, in order; null entries leave a code empty
   * @param currentValues  one value per key result, in order; null keeps the baseline
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void importAsPublished(String actorUsername, long id, String code,
      List<String> keyResultCodes, List<BigDecimal> currentValues) {
    Objective objective = objectives.find(id).orElseThrow(() -> new UnknownObjectiveException(id));
    List<KeyResult> keyResults = objective.getKeyResults();
    if (keyResultCodes.size() != keyResults.size() || currentValues.size() != keyResults.size()) {
      throw new InvalidRequestException("Objective '" + id + "' has " + keyResults.size()
          + " key results; codes and values must match them one to one");
    }

    objective.assignCode(code);
    for (int i = 0; i < keyResults.size(); i++) {
      keyResults.get(i).assignCode(keyResultCodes.get(i));
      if (currentValues.get(i) != null) {
        keyResults.get(i).recordValue(currentValues.get(i));
      }
    }
    objective.importAsPublished(Instant.now(clock));
    objectives.flush();

    audit.record(actorUsername, "IMPORTED", AUDIT_TYPE, id, describe(objective));
  }

  /** Finds a key result by its code, for imports that refer to key results by code. */
  @Transactional(Transactional.TxType.MANDATORY)
  public KeyResult keyResultByCode(String code) {
    return objectives.findKeyResultByCode(code)
        .orElseThrow(() -> new UnknownKeyResultException(code));
  }

  /** The id of the key result with this code. */
  @Transactional
  public long keyResultIdByCode(String code) {
    return keyResultByCode(code).getId();
  }

  /** Records that the reviewer was reminded of an overdue review. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordReviewReminder(long id, String reviewerUsername) {
    audit.record("system", "REVIEW_REMINDER", AUDIT_TYPE, id, "reviewer " + reviewerUsername);
    LOG.infof("Review of objective '%d' is overdue; reminded reviewer '%s'", id,
        reviewerUsername);
  }

  /** The key results of an objective, for checks that run inside the review process. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<KeyResult> keyResultsOf(long id) {
    return objectives.find(id).orElseThrow(() -> new UnknownObjectiveException(id))
        .getKeyResults();
  }

  /** A short multi-line summary of the key results, for review forms. */
  public static String summarise(Objective objective) {
    StringBuilder text = new StringBuilder();
    for (KeyResult kr : objective.getKeyResults()) {
      text.append("KR").append(kr.getPosition()).append(": ").append(kr.getTitle());
      if (kr.getBaseline() != null && kr.getTarget() != null) {
        text.append(" (").append(plain(kr.getBaseline())).append(" → ")
            .append(plain(kr.getTarget()));
        if (kr.getUnit() != null) {
          text.append(' ').append(kr.getUnit());
        }
        text.append(')');
      }
      if (kr.getDueDate() != null) {
        text.append(", ").append(kr.getDueDate());
      }
      text.append('\n');
    }
    return text.toString().trim();
  }

  /** True for administrators, HQ strategy and the head of the unit or of a unit above it. */
  public boolean mayManage(Employee actor, OrgUnit unit) {
    if (actor.isAdministrator() || actor.getRole() == EmployeeRole.HQ_STRATEGY) {
      return true;
    }
    for (OrgUnit u = unit; u != null; u = u.getParent()) {
      if (actor.getUsername().equals(u.getHeadUsername())) {
        return true;
      }
    }
    return false;
  }

  private Objective visibleObjective(Employee actor, long id) {
    Objective objective = objectives.find(id).orElseThrow(() -> new UnknownObjectiveException(id));
    if (!maySee(actor, objective)) {
      throw new UnknownObjectiveException(id);
    }
    return objective;
  }

  private boolean maySee(Employee actor, Objective objective) {
    if (objective.getStatus() == ObjectiveStatus.PUBLISHED) {
      return true;
    }
    return isDrafterOrOwner(actor, objective) || mayManage(actor, objective.getOwnerUnit())
        || directory.superiorOf(objective.getDraftedBy()).map(Employee::getUsername)
            .filter(actor.getUsername()::equals).isPresent();
  }

  private void requireMayEdit(Employee actor, Objective objective) {
    if (!isDrafterOrOwner(actor, objective) && !mayManage(actor, objective.getOwnerUnit())) {
      throw new AccessDeniedException("Only the drafter or a manager of '"
          + objective.getOwnerUnit().getCode() + "' may change objective '"
          + objective.getId() + "'");
    }
  }

  private static boolean isDrafterOrOwner(Employee actor, Objective objective) {
    return sameUser(actor, objective.getDraftedBy()) || sameUser(actor, objective.getOwner());
  }

  private static boolean sameUser(Employee a, Employee b) {
    return b != null && Objects.equals(a.getUsername(), b.getUsername());
  }

  private void applyContent(Objective objective, Employee actor, ObjectiveDraft draft) {
    List<KeyResultDraft> drafts = draft.keyResults() == null ? List.of() : draft.keyResults();
    if (drafts.size() > MAX_KEY_RESULTS) {
      throw new InvalidRequestException("An objective has at most " + MAX_KEY_RESULTS
          + " key results; this one has " + drafts.size());
    }
    KeyResult alignedTo = alignment(objective, draft.alignedKeyResultId());
    List<Employee> owners = new ArrayList<>();
    for (KeyResultDraft kr : drafts) {
      owners.add(kr.ownerUsername() == null ? actor : directory.person(kr.ownerUsername()));
      if (kr.weight() != null && kr.weight().signum() < 0) {
        throw new InvalidRequestException("Key result '" + kr.title()
            + "' has a negative weight");
      }
    }
    objective.describe(draft.title(), draft.description(), draft.aspirational(), alignedTo);
    objective.replaceKeyResults(drafts, owners);
  }

  private KeyResult alignment(Objective objective, Long keyResultId) {
    OrgUnit unit = objective.getOwnerUnit();
    boolean personal = objective.getOwner() != null
        && !Objects.equals(unit.getHeadUsername(), objective.getOwner().getUsername())
        && unit.getType() != OrgUnitType.HQ;
    if (keyResultId == null) {
      if (unit.getType() == OrgUnitType.HQ) {
        return null;
      }
      throw new InvalidRequestException("An objective of '" + unit.getCode()
          + "' must align to a key result of the level above (alignedKeyResultId)");
    }
    KeyResult target = objectives.findKeyResult(keyResultId)
        .orElseThrow(() -> new UnknownKeyResultException(keyResultId));
    Objective above = target.getObjective();
    if (above.getStatus() != ObjectiveStatus.PUBLISHED) {
      throw new InvalidRequestException("Key result '" + keyResultId
          + "' belongs to an objective that is not published yet");
    }
    if (!above.getCycle().getId().equals(objective.getCycle().getId())) {
      throw new InvalidRequestException("Key result '" + keyResultId + "' belongs to cycle '"
          + above.getCycle().getCode() + "', not '" + objective.getCycle().getCode() + "'");
    }
    if (!isAbove(above.getOwnerUnit(), unit, personal)) {
      throw new InvalidRequestException("Key result '" + keyResultId + "' of '"
          + above.getOwnerUnit().getCode() + "' is not at a level above '" + unit.getCode()
          + "'");
    }
    return target;
  }

  private static boolean isAbove(OrgUnit candidate, OrgUnit unit, boolean includeSelf) {
    for (OrgUnit u = includeSelf ? unit : unit.getParent(); u != null; u = u.getParent()) {
      if (u.getId().equals(candidate.getId())) {
        return true;
      }
    }
    return false;
  }

  private Cycle cycle(String code) {
    if (code == null) {
      throw new InvalidRequestException("cycleCode is required");
    }
    return objectives.findCycle(code).orElseThrow(() -> new UnknownCycleException(code));
  }

  private static String describe(Objective objective) {
    return "title=" + objective.getTitle() + "; status=" + objective.getStatus()
        + "; keyResults=" + objective.getKeyResults().size();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * What the review process needs to start.
   *
   * @param reviewer the drafter's superior, who approves or returns the objective
   */
  public record Submission(Objective objective, Employee drafter, Employee reviewer) {
  }
}
