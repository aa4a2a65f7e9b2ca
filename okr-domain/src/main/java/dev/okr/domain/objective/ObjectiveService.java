package dev.okr.domain.objective;

import dev.okr.domain.alignment.AlignmentService;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final String KEY_RESULT = "KeyResult";

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AuditLog audit;

  @Inject
  AccessRules access;

  @Inject
  AlignmentService alignments;

  private final Clock clock = Clock.systemUTC();

  /** Creates a draft owned by the given unit (or, without one, by the drafter personally). */
  @Transactional
  public Objective createDraft(String actorUsername, ObjectiveDraft draft) {
    Employee actor = directory.person(actorUsername);
    Cycle cycle = cycle(draft.cycleCode());
    OrgUnit ownerUnit = draft.ownerUnitCode() == null
        ? actor.getOrgUnit() : directory.orgUnit(draft.ownerUnitCode());
    if (draft.ownerUnitCode() != null && !access.mayManage(actor, ownerUnit)) {
      throw new AccessDeniedException("Only the head of '" + ownerUnit.getCode()
          + "' or a unit above it may draft its objectives");
    }

    Objective objective = new Objective(cycle, ownerUnit, actor, actor, Instant.now(clock));
    applyContent(objective, actor, draft);
    objectives.add(objective);
    objectives.flush();
    if (draft.alignedKeyResultId() != null) {
      alignments.linkOnCreation(actor, objective, draft.alignedKeyResultId());
    }

    audit.record(actorUsername, "DRAFTED", AUDIT_TYPE, objective.getId(), null, null,
        state(objective));
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
    Map<String, Object> before = state(objective);

    applyContent(objective, actor, draft);
    if (draft.alignedKeyResultId() != null) {
      alignments.linkOnCreation(actor, objective, draft.alignedKeyResultId());
    }
    objectives.flush();

    audit.record(actorUsername, "REVISED", AUDIT_TYPE, id, null, before, state(objective));
    LOG.infof("Objective '%d' revised by '%s'", id, actorUsername);
    return objective;
  }

  /** The objective, if the person may see it; unknown and hidden look the same to the caller. */
  @Transactional
  public Objective read(String actorUsername, long id) {
    return visibleObjective(directory.person(actorUsername), id);
  }

  /** A page of the objectives the person may see, in id order. */
  @Transactional
  public List<Objective> list(String actorUsername, ObjectiveFilter filter, int firstResult,
      int maxResults) {
    Employee actor = directory.person(actorUsername);
    return objectives.list(filter, actor.getId(), access.managedUnitIds(actor), firstResult,
        maxResults);
  }

  /** How many objectives the person may see under the filter. */
  @Transactional
  public long count(String actorUsername, ObjectiveFilter filter) {
    Employee actor = directory.person(actorUsername);
    return objectives.count(filter, actor.getId(), access.managedUnitIds(actor));
  }

  /**
   * Deletes an objective with its key results, their check-ins and its own alignment links.
   *
   * @throws StateConflictException while in review, or while other objectives align to it
   */
  @Transactional
  public void delete(String actorUsername, long id, long expectedVersion) {
    Employee actor = directory.person(actorUsername);
    Objective objective = visibleObjective(actor, id);
    requireMayEdit(actor, objective);
    if (objective.getVersion() != expectedVersion) {
      throw new StaleObjectiveException(id, expectedVersion, objective.getVersion());
    }
    objective.requireEditable();
    long aligned = alignments.countAlignedBelow(objective);
    if (aligned > 0) {
      throw new StateConflictException("Objective '" + id + "' has " + aligned
          + " objective(s) aligned to it or its key results; remove those links first");
    }
    Map<String, Object> before = state(objective);

    alignments.removeLinksOf(objective);
    for (KeyResult keyResult : List.copyOf(objective.getKeyResults())) {
      removeDependents(keyResult);
    }
    objectives.remove(objective);
    objectives.flush();

    audit.record(actorUsername, "DELETED", AUDIT_TYPE, id, null, before, null);
    LOG.infof("Objective '%d' deleted by '%s'", id, actorUsername);
  }

  /** A key result, if the person may see its objective. */
  @Transactional
  public KeyResult readKeyResult(String actorUsername, long id) {
    KeyResult keyResult = objectives.findKeyResult(id)
        .orElseThrow(() -> new UnknownKeyResultException(id));
    if (!access.maySee(directory.person(actorUsername), keyResult.getObjective())) {
      throw new UnknownKeyResultException(id);
    }
    return keyResult;
  }

  /** Adds a key result to an objective the person may edit. */
  @Transactional
  public KeyResult addKeyResult(String actorUsername, long objectiveId, KeyResultDraft draft) {
    Employee actor = directory.person(actorUsername);
    Objective objective = visibleObjective(actor, objectiveId);
    requireMayEdit(actor, objective);
    if (objective.getKeyResults().size() >= MAX_KEY_RESULTS) {
      throw new StateConflictException("Objective '" + objectiveId + "' already has "
          + MAX_KEY_RESULTS + " key results, the most an objective may have");
    }
    validate(draft);

    KeyResult keyResult = objective.addKeyResult(draft, ownerOf(draft, actor));
    objectives.flush();

    audit.record(actorUsername, "CREATED", KEY_RESULT, keyResult.getId(), null, null,
        state(keyResult));
    LOG.infof("Key result '%d' added to objective '%d' by '%s'", keyResult.getId(),
        objectiveId, actorUsername);
    return keyResult;
  }

  /**
   * Changes a key result's definition; its value changes only through check-ins. Owner and
   * source left out stay as they are; every other field is replaced (a weight left out means
   * "no weight").
   */
  @Transactional
  public KeyResult updateKeyResult(String actorUsername, long id, long expectedVersion,
      KeyResultDraft draft) {
    Employee actor = directory.person(actorUsername);
    KeyResult keyResult = readKeyResult(actorUsername, id);
    requireMayEdit(actor, keyResult.getObjective());
    keyResult.getObjective().requireEditable();
    StaleVersionException.check("Key result", id, expectedVersion, keyResult.getVersion());
    validate(draft);
    Map<String, Object> before = state(keyResult);

    KeyResultDraft kept = new KeyResultDraft(draft.title(), draft.kind(), draft.unit(),
        draft.currency(), draft.baseline(), draft.target(), draft.bandUpper(), draft.dueDate(),
        draft.weight(), draft.source() == null ? keyResult.getSource() : draft.source(),
        draft.ownerUsername());
    keyResult.apply(kept);
    if (draft.ownerUsername() != null) {
      keyResult.changeOwner(directory.person(draft.ownerUsername()));
    }
    objectives.flush();

    audit.record(actorUsername, "UPDATED", KEY_RESULT, id, null, before, state(keyResult));
    return keyResult;
  }

  /** Deletes a key result with its check-ins; refused while objectives align to it. */
  @Transactional
  public void deleteKeyResult(String actorUsername, long id, long expectedVersion) {
    Employee actor = directory.person(actorUsername);
    KeyResult keyResult = readKeyResult(actorUsername, id);
    Objective objective = keyResult.getObjective();
    requireMayEdit(actor, objective);
    StaleVersionException.check("Key result", id, expectedVersion, keyResult.getVersion());
    long aligned = alignments.countAlignedTo(keyResult);
    if (aligned > 0) {
      throw new StateConflictException("Key result '" + id + "' has " + aligned
          + " objective(s) aligned to it; remove those links first");
    }
    Map<String, Object> before = state(keyResult);

    removeDependents(keyResult);
    objective.removeKeyResult(keyResult);
    objectives.flush();

    audit.record(actorUsername, "DELETED", KEY_RESULT, id, null, before, null);
    LOG.infof("Key result '%d' of objective '%d' deleted by '%s'", id, objective.getId(),
        actorUsername);
  }

  private void removeDependents(KeyResult keyResult) {
    em
        .createQuery("delete from CheckIn c where c.keyResult = :kr")
        .setParameter("kr", keyResult)
        .executeUpdate();
    em
        .createQuery("update Kpi k set k.linkedKeyResult = null where k.linkedKeyResult = :kr")
        .setParameter("kr", keyResult)
        .executeUpdate();
    alignments.clearValueReferences(keyResult);
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
    if (objective.getOwnerUnit().getParent() != null
        && alignments.countLinksOf(objective) == 0) {
      throw new StateConflictException("Objective '" + id + "' is aligned to nothing; align it"
          + " to a key result of the level above before submitting it");
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

    Map<String, Object> before = state(objective);

    objective.submit(Instant.now(clock));

    audit.record(actorUsername, "SUBMITTED", AUDIT_TYPE, id, null, before, state(objective));
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

    Map<String, Object> before = state(objective);

    objective.publish(comment, Instant.now(clock));

    audit.record(reviewerUsername, "PUBLISHED", AUDIT_TYPE, id, comment, before, state(objective));
    LOG.infof("Objective '%d' published, approved by '%s'", id, reviewerUsername);
  }

  /** Sends an objective back to its drafter with the reviewer's or the quality check's reason. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void returnToDrafter(long id, String reviewerUsername, String comment) {
    Objective objective = objectives.findForUpdate(id)
        .orElseThrow(() -> new UnknownObjectiveException(id));

    Map<String, Object> before = state(objective);

    objective.returnToDrafter(comment);

    audit.record(reviewerUsername, "RETURNED", AUDIT_TYPE, id, comment, before, state(objective));
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

    audit.record(actorUsername, "IMPORTED", AUDIT_TYPE, id, null, null, state(objective));
  }

  /**
   * Creates a published objective from a spreadsheet row the import has validated, with its
   * key results and their current values; the caller checked the importer's rights. Nothing is
   * looked up here, so a large import costs the same per row however far it has come.
   *
   * @param keyResultOwners     one owner per key result, in order
   * @param keyResultImportKeys one key per key result, in order
   * @param currentValues       one value per key result, in order; null keeps the baseline
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Objective createImported(Employee actor, Cycle cycle, OrgUnit ownerUnit,
      Employee owner, String title, String description, String importKey,
      List<KeyResultDraft> keyResults, List<Employee> keyResultOwners,
      List<String> keyResultImportKeys, List<BigDecimal> currentValues) {
    keyResults.forEach(ObjectiveService::validate);
    Instant now = Instant.now(clock);

    Objective objective = new Objective(cycle, ownerUnit, owner, actor, now);
    objective.describe(title, description, false, Visibility.PUBLIC);
    objective.replaceKeyResults(keyResults, keyResultOwners);
    objective.markImported(importKey);
    for (int i = 0; i < keyResults.size(); i++) {
      KeyResult kr = objective.getKeyResults().get(i);
      kr.markImported(keyResultImportKeys.get(i));
      if (currentValues.get(i) != null) {
        kr.recordValue(currentValues.get(i));
      }
    }
    objective.importAsPublished(now);
    objectives.add(objective);

    audit.record(actor.getUsername(), "IMPORTED", AUDIT_TYPE, objective.getId(), importKey,
        null, state(objective));
    return objective;
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

  private Objective visibleObjective(Employee actor, long id) {
    Objective objective = objectives.find(id).orElseThrow(() -> new UnknownObjectiveException(id));
    if (!access.maySee(actor, objective)) {
      throw new UnknownObjectiveException(id);
    }
    return objective;
  }

  private void requireMayEdit(Employee actor, Objective objective) {
    if (!access.mayEdit(actor, objective)) {
      throw new AccessDeniedException("Only the owner, the drafter or a head of '"
          + objective.getOwnerUnit().getCode() + "' or a unit above may change objective '"
          + objective.getId() + "'");
    }
  }

  private Employee ownerOf(KeyResultDraft draft, Employee actor) {
    return draft.ownerUsername() == null ? actor : directory.person(draft.ownerUsername());
  }

  private static void validate(KeyResultDraft kr) {
    if (kr.title() == null || kr.title().isBlank()) {
      throw new InvalidRequestException("A key result needs a title");
    }
    Numbers.requireValue("baseline", kr.baseline());
    Numbers.requireValue("target", kr.target());
    Numbers.requireValue("bandUpper", kr.bandUpper());
    Numbers.requireWeight("weight", kr.weight());
    Numbers.requireDate("dueDate", kr.dueDate());
    if (kr.weight() != null && kr.weight().signum() < 0) {
      throw new InvalidRequestException("Key result '" + kr.title() + "' has a negative weight");
    }
    if (kr.kind() == KeyResultKind.WITHIN_BAND && kr.target() != null
        && (kr.bandUpper() == null || kr.bandUpper().compareTo(kr.target()) < 0)) {
      throw new InvalidRequestException("Key result '" + kr.title() + "' keeps a value within a"
          + " band: bandUpper must be given and at least the target (the lower bound)");
    }
    if (kr.currency() != null && !kr.currency().matches("[A-Z]{3}")) {
      throw new InvalidRequestException("Currency '" + kr.currency()
          + "' is not an ISO 4217 code such as CNY or USD");
    }
  }

  /** The fields of an objective an audit reader cares about. */
  static Map<String, Object> state(Objective o) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("title", o.getTitle());
    state.put("description", o.getDescription());
    state.put("status", o.getStatus().name());
    state.put("visibility", o.getVisibility().name());
    state.put("aspirational", o.isAspirational());
    state.put("ownerUnit", o.getOwnerUnit().getCode());
    state.put("owner", o.getOwner() == null ? null : o.getOwner().getUsername());
    state.put("keyResults", o.getKeyResults().stream().map(KeyResult::getTitle).toList());
    return state;
  }

  /** The fields of a key result an audit reader cares about. */
  public static Map<String, Object> state(KeyResult k) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("objectiveId", k.getObjective().getId());
    state.put("title", k.getTitle());
    state.put("kind", k.getKind().name());
    state.put("unit", k.getUnit() == null ? null : k.getUnit().name());
    state.put("currency", k.getCurrency());
    state.put("baseline", plainOrNull(k.getBaseline()));
    state.put("target", plainOrNull(k.getTarget()));
    state.put("bandUpper", plainOrNull(k.getBandUpper()));
    state.put("currentValue", plainOrNull(k.getCurrentValue()));
    state.put("weight", plainOrNull(k.getWeight()));
    state.put("dueDate", k.getDueDate() == null ? null : k.getDueDate().toString());
    state.put("source", k.getSource().name());
    state.put("owner", k.getOwner() == null ? null : k.getOwner().getUsername());
    return state;
  }

  private static String plainOrNull(BigDecimal value) {
    return value == null ? null : plain(value);
  }

  private void applyContent(Objective objective, Employee actor, ObjectiveDraft draft) {
    if (draft.keyResults() == null) {
      objective.describe(draft.title(), draft.description(), draft.aspirational(),
          visibility(objective, draft));
      return;
    }
    List<KeyResultDraft> drafts = draft.keyResults();
    if (drafts.size() > MAX_KEY_RESULTS) {
      throw new InvalidRequestException("An objective has at most " + MAX_KEY_RESULTS
          + " key results; this one has " + drafts.size());
    }
    List<Employee> owners = new ArrayList<>();
    for (KeyResultDraft kr : drafts) {
      validate(kr);
      owners.add(ownerOf(kr, actor));
    }
    List<KeyResult> existing = objective.getKeyResults();
    for (KeyResult dropped : existing.subList(Math.min(drafts.size(), existing.size()),
        existing.size())) {
      long aligned = alignments.countAlignedTo(dropped);
      if (aligned > 0) {
        throw new StateConflictException("Key result '" + dropped.getId() + "' has " + aligned
            + " objective(s) aligned to it and cannot be dropped; remove those links first");
      }
      removeDependents(dropped);
    }
    objective.describe(draft.title(), draft.description(), draft.aspirational(),
        visibility(objective, draft));
    objective.replaceKeyResults(drafts, owners);
  }

  private static Visibility visibility(Objective objective, ObjectiveDraft draft) {
    return draft.visibility() != null ? draft.visibility()
        : objective.getVisibility() == null ? Visibility.PUBLIC : objective.getVisibility();
  }

  private Cycle cycle(String code) {
    if (code == null) {
      throw new InvalidRequestException("cycleCode is required");
    }
    return objectives.findCycle(code).orElseThrow(() -> new UnknownCycleException(code));
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
