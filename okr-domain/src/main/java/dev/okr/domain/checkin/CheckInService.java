package dev.okr.domain.checkin;

import dev.okr.domain.alignment.AlignmentService;
import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.objective.UnknownKeyResultException;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.domain.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records check-ins and keeps each key result's current value, confidence and last check-in in
 * step with its history. The key result's owner and whoever may edit its objective check in;
 * a closed cycle refuses check-ins. Concurrent check-ins on one key result are serialised by
 * its optimistic version, so none is lost silently.
 */
@ApplicationScoped
public class CheckInService {

  private static final Logger LOG = Logger.getLogger(CheckInService.class);
  private static final String AUDIT_TYPE = "CheckIn";

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  @Inject
  AlignmentService alignments;

  @Inject
  AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public CheckIn checkIn(String actorUsername, long keyResultId, CheckInRequest request) {
    Employee actor = directory.person(actorUsername);
    KeyResult keyResult = visibleKeyResult(actor, keyResultId);
    requireMayCheckIn(actor, keyResult);
    validate(keyResult, request);

    CheckIn checkIn = append(actorUsername, keyResult, request);

    LOG.infof("Check-in '%d' on key result '%d' by '%s' (%s)", checkIn.getId(), keyResultId,
        actorUsername, checkIn.getSource());
    return checkIn;
  }

  /**
   * Records a check-in for a system (an integration or an import) that has checked its own
   * rights; the cycle must still be open.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CheckIn record(String author, KeyResult keyResult, CheckInRequest request) {
    validate(keyResult, request);
    return append(author, keyResult, request);
  }

  @Transactional
  public CheckIn read(String actorUsername, long id) {
    Employee actor = directory.person(actorUsername);
    CheckIn checkIn = find(id);
    if (!access.maySee(actor, checkIn.getKeyResult().getObjective())) {
      throw new UnknownEntityException("Check-in", id);
    }
    return checkIn;
  }

  /** The history of a key result, newest first, retracted ones included and marked. */
  @Transactional
  public List<CheckIn> history(String actorUsername, long keyResultId, int firstResult,
      int maxResults) {
    KeyResult keyResult = visibleKeyResult(directory.person(actorUsername), keyResultId);
    return em.createQuery("select c from CheckIn c where c.keyResult = :kr"
            + " order by c.checkedInAt desc, c.id desc", CheckIn.class)
        .setParameter("kr", keyResult)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /**
   * Corrects the latest check-in of a key result: the old one is kept, marked retracted, and a
   * new one naming it is appended.
   */
  @Transactional
  public CheckIn correct(String actorUsername, long id, CheckInRequest request) {
    Employee actor = directory.person(actorUsername);
    CheckIn earlier = read(actorUsername, id);
    KeyResult keyResult = earlier.getKeyResult();
    requireMayChange(actor, earlier);
    if (earlier.isRetracted()) {
      throw new StateConflictException("Check-in '" + id + "' was already retracted");
    }
    CheckIn latest = latestValid(keyResult);
    if (latest == null || !latest.getId().equals(earlier.getId())) {
      throw new StateConflictException("Only the latest check-in of key result '"
          + keyResult.getId() + "' can be corrected; add a new check-in instead");
    }
    validate(keyResult, request);

    earlier.retract(actorUsername, Instant.now(clock));
    restoreFromHistory(keyResult);
    CheckIn correction = append(actorUsername, keyResult, request);
    correction.correct(earlier);

    LOG.infof("Check-in '%d' on key result '%d' corrected by '%s' with check-in '%d'", id,
        keyResult.getId(), actorUsername, correction.getId());
    return correction;
  }

  /** Retracts a check-in; the key result falls back to the latest one still valid. */
  @Transactional
  public void retract(String actorUsername, long id) {
    Employee actor = directory.person(actorUsername);
    CheckIn checkIn = read(actorUsername, id);
    KeyResult keyResult = checkIn.getKeyResult();
    requireMayChange(actor, checkIn);
    keyResult.getObjective().getCycle().requireOpen();
    if (checkIn.isRetracted()) {
      return;
    }
    Map<String, Object> before = state(checkIn);

    em.lock(keyResult, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    checkIn.retract(actorUsername, Instant.now(clock));
    restoreFromHistory(keyResult);
    em.flush();

    audit.record(actorUsername, "RETRACTED", AUDIT_TYPE, id, null, before, state(checkIn));
    LOG.infof("Check-in '%d' on key result '%d' retracted by '%s'", id, keyResult.getId(),
        actorUsername);
  }

  private CheckIn append(String author, KeyResult keyResult, CheckInRequest request) {
    keyResult.getObjective().getCycle().requireOpen();
    Instant now = Instant.now(clock);

    CheckIn checkIn = new CheckIn(keyResult, request, author, now);
    em.persist(checkIn);
    em.lock(keyResult, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    keyResult.recordCheckIn(request.value(), request.confidence(), now);
    em.flush();

    audit.record(author, "CREATED", AUDIT_TYPE, checkIn.getId(), null, null, state(checkIn));
    return checkIn;
  }

  private void restoreFromHistory(KeyResult keyResult) {
    List<CheckIn> valid = em.createQuery("select c from CheckIn c where c.keyResult = :kr"
            + " and c.retractedAt is null order by c.checkedInAt desc, c.id desc", CheckIn.class)
        .setParameter("kr", keyResult)
        .getResultList();
    BigDecimal value = null;
    Integer confidence = null;
    for (CheckIn c : valid) {
      if (value == null && c.getValue() != null) {
        value = c.getValue();
      }
      if (confidence == null && c.getConfidence() != null) {
        confidence = c.getConfidence();
      }
    }
    if (value == null) {
      value = firstPreviousValue(keyResult);
    }
    keyResult.restore(value, confidence, valid.isEmpty() ? null : valid.get(0).getCheckedInAt());
  }

  private BigDecimal firstPreviousValue(KeyResult keyResult) {
    return em.createQuery("select c from CheckIn c where c.keyResult = :kr"
            + " order by c.checkedInAt, c.id", CheckIn.class)
        .setParameter("kr", keyResult)
        .setMaxResults(1)
        .getResultStream()
        .map(CheckIn::getPreviousValue)
        .findFirst()
        .orElse(keyResult.getBaseline());
  }

  private CheckIn latestValid(KeyResult keyResult) {
    return em.createQuery("select c from CheckIn c where c.keyResult = :kr"
            + " and c.retractedAt is null order by c.checkedInAt desc, c.id desc", CheckIn.class)
        .setParameter("kr", keyResult)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void validate(KeyResult keyResult, CheckInRequest request) {
    if (request.value() == null && request.confidence() == null
        && (request.comment() == null || request.comment().isBlank())) {
      throw new InvalidRequestException("A check-in needs a value, a confidence or a comment");
    }
    Numbers.requireValue("value", request.value());
    if (request.confidence() != null
        && (request.confidence() < 0 || request.confidence() > 10)) {
      throw new InvalidRequestException("Confidence is 0 (no chance) to 10 (certain), not "
          + request.confidence());
    }
    if (request.value() != null && keyResult.getSource() != ProgressSource.CHECK_INS
        && alignments.countAlignedTo(keyResult) > 0) {
      throw new StateConflictException("Key result '" + keyResult.getId() + "' takes its"
          + " progress from the objectives aligned to it (" + keyResult.getSource()
          + "); check in on those, or give only confidence and a comment here");
    }
  }

  private KeyResult visibleKeyResult(Employee actor, long keyResultId) {
    return objectives.findKeyResult(keyResultId)
        .filter(k -> access.maySee(actor, k.getObjective()))
        .orElseThrow(() -> new UnknownKeyResultException(keyResultId));
  }

  private void requireMayCheckIn(Employee actor, KeyResult keyResult) {
    if (!access.mayCheckIn(actor, keyResult)) {
      throw new AccessDeniedException("Only the owner of key result '" + keyResult.getId()
          + "' or whoever may edit its objective may check in on it");
    }
  }

  private void requireMayChange(Employee actor, CheckIn checkIn) {
    if (!actor.getUsername().equals(checkIn.getAuthor())
        && !access.mayEdit(actor, checkIn.getKeyResult().getObjective())) {
      throw new AccessDeniedException("Only the author of check-in '" + checkIn.getId()
          + "' or a head above its objective may change it");
    }
  }

  private CheckIn find(long id) {
    CheckIn checkIn = em.find(CheckIn.class, id);
    if (checkIn == null) {
      throw new UnknownEntityException("Check-in", id);
    }
    return checkIn;
  }


  static Map<String, Object> state(CheckIn c) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("keyResultId", c.getKeyResult().getId());
    state.put("value", c.getValue() == null ? null : c.getValue().toPlainString());
    state.put("previousValue", c.getPreviousValue() == null ? null
        : c.getPreviousValue().toPlainString());
    state.put("confidence", c.getConfidence());
    state.put("source", c.getSource().name());
    state.put("sourceRef", c.getSourceRef());
    state.put("retracted", c.isRetracted());
    return state;
  }
}
