package dev.okr.domain.objective;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Defines, closes and reopens cycles. Everyone reads cycles; only HQ strategy and administrators
 * change them. A cycle with objectives cannot be deleted.
 */
@ApplicationScoped
public class CycleService {

  private static final Logger LOG = Logger.getLogger(CycleService.class);
  private static final String AUDIT_TYPE = "Cycle";

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
  public List<Cycle> list() {
    return objectives.cycles();
  }

  @Transactional
  public Cycle read(long id) {
    return objectives.findCycle(id).orElseThrow(() -> new UnknownCycleException(
        String.valueOf(id)));
  }

  @Transactional
  public Cycle create(String actorUsername, CycleDraft draft) {
    requireStrategist(actorUsername, "define cycles");
    validate(draft);
    if (objectives.findCycle(draft.code()).isPresent()) {
      throw new StateConflictException("Cycle '" + draft.code() + "' exists already");
    }

    Cycle cycle = new Cycle(draft.code(), draft.name(), draft.startDate(), draft.endDate());
    objectives.add(cycle);
    objectives.flush();

    audit.record(actorUsername, "CREATED", AUDIT_TYPE, cycle.getId(), null, null, state(cycle));
    LOG.infof("Cycle '%s' (%s to %s) defined by '%s'", cycle.getCode(), cycle.getStartDate(),
        cycle.getEndDate(), actorUsername);
    return cycle;
  }

  /** Renames a cycle or moves its dates; the code stays. */
  @Transactional
  public Cycle update(String actorUsername, long id, long expectedVersion, CycleDraft draft) {
    requireStrategist(actorUsername, "change cycles");
    Cycle cycle = read(id);
    StaleVersionException.check(AUDIT_TYPE, id, expectedVersion, cycle.getVersion());
    validate(draft);
    if (!cycle.getCode().equals(draft.code())) {
      throw new InvalidRequestException("A cycle's code cannot change ('" + cycle.getCode()
          + "'); define a new cycle instead");
    }
    Map<String, Object> before = state(cycle);

    cycle.reschedule(draft.name(), draft.startDate(), draft.endDate());
    objectives.flush();

    audit.record(actorUsername, "UPDATED", AUDIT_TYPE, id, null, before, state(cycle));
    return cycle;
  }

  @Transactional
  public void delete(String actorUsername, long id, long expectedVersion) {
    requireStrategist(actorUsername, "delete cycles");
    Cycle cycle = read(id);
    StaleVersionException.check(AUDIT_TYPE, id, expectedVersion, cycle.getVersion());
    long count = objectives.countObjectives(cycle);
    if (count > 0) {
      throw new StateConflictException("Cycle '" + cycle.getCode() + "' has " + count
          + " objective(s); close it instead of deleting it");
    }
    Map<String, Object> before = state(cycle);

    objectives.remove(cycle);
    objectives.flush();

    audit.record(actorUsername, "DELETED", AUDIT_TYPE, id, null, before, null);
    LOG.infof("Cycle '%s' deleted by '%s'", cycle.getCode(), actorUsername);
  }

  /** Closes the cycle; closing a closed cycle changes nothing. */
  @Transactional
  public Cycle close(String actorUsername, long id) {
    requireStrategist(actorUsername, "close cycles");
    Cycle cycle = read(id);
    if (cycle.isClosed()) {
      return cycle;
    }
    Map<String, Object> before = state(cycle);

    cycle.close(actorUsername, Instant.now(clock));
    objectives.flush();

    audit.record(actorUsername, "CLOSED", AUDIT_TYPE, id, null, before, state(cycle));
    LOG.infof("Cycle '%s' closed by '%s'; check-ins are refused until it is reopened",
        cycle.getCode(), actorUsername);
    return cycle;
  }

  @Transactional
  public Cycle reopen(String actorUsername, long id) {
    requireStrategist(actorUsername, "reopen cycles");
    Cycle cycle = read(id);
    if (!cycle.isClosed()) {
      return cycle;
    }
    Map<String, Object> before = state(cycle);

    cycle.reopen();
    objectives.flush();

    audit.record(actorUsername, "REOPENED", AUDIT_TYPE, id, null, before, state(cycle));
    LOG.infof("Cycle '%s' reopened by '%s'", cycle.getCode(), actorUsername);
    return cycle;
  }

  private void requireStrategist(String actorUsername, String what) {
    Employee actor = directory.person(actorUsername);
    if (!access.isStrategist(actor)) {
      throw new AccessDeniedException("Only HQ strategy and administrators may " + what);
    }
  }

  private static void validate(CycleDraft draft) {
    if (draft.code() == null || !draft.code().matches("[A-Za-z0-9._-]{1,32}")) {
      throw new InvalidRequestException("A cycle code is 1 to 32 letters, digits, '.', '_' or"
          + " '-' (like 2026-Q4 or 2025-11_2026-01)");
    }
    if (draft.name() == null || draft.name().isBlank() || draft.startDate() == null
        || draft.endDate() == null) {
      throw new InvalidRequestException("A cycle needs a name, a startDate and an endDate");
    }
    Numbers.requireDate("startDate", draft.startDate());
    Numbers.requireDate("endDate", draft.endDate());
  }

  static Map<String, Object> state(Cycle cycle) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", cycle.getCode());
    state.put("name", cycle.getName());
    state.put("startDate", cycle.getStartDate().toString());
    state.put("endDate", cycle.getEndDate().toString());
    state.put("closed", cycle.isClosed());
    return state;
  }
}
