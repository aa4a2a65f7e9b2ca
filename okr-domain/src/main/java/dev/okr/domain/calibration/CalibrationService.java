package dev.okr.domain.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.EmployeeRole;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.progress.ProgressService;
import dev.okr.domain.progress.ProgressService.CycleProgress;
import dev.okr.domain.progress.ProgressService.KeyResultStatus;
import dev.okr.domain.reallocation.ReallocationRequest;
import dev.okr.domain.reallocation.ReallocationService;
import dev.okr.domain.reallocation.ReallocationStatus;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Runs the domain side of a region's biweekly calibration: opens a session with a report from
 * live data, picks a challenger from another region, records the risks they raise and the
 * region head's decisions. Sessions are never deleted.
 *
 * <p>Challenger rule: people of other regions in business roles (region heads, province
 * managers, sales, pre-sales); never the region's own people, never the region's previous
 * challenger; among the rest, one of those who challenged least often so far, at random — so
 * challenges spread evenly over time.
 */
@ApplicationScoped
public class CalibrationService {

  private static final Logger LOG = Logger.getLogger(CalibrationService.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUDIT_TYPE = "CalibrationSession";
  private static final Set<EmployeeRole> CHALLENGER_ROLES = Set.of(EmployeeRole.REGION_HEAD,
      EmployeeRole.PROVINCE_MANAGER, EmployeeRole.SALES, EmployeeRole.PRESALES);
  private static final ZoneId ZONE = ZoneId.of(System.getProperty("okr.zone", "Asia/Shanghai"));

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  @Inject
  ProgressService progress;

  @Inject
  ReallocationService reallocations;

  @Inject
  AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** Opens a session for the region with its report as of now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CalibrationSession open(String regionCode, String processInstanceId) {
    OrgUnit region = region(regionCode);
    if (region.getHeadUsername() == null) {
      throw new StateConflictException("Region '" + regionCode + "' has no head to run its"
          + " calibration; appoint one first");
    }
    Map<Long, BigDecimal> previous = previousPercents(region);

    List<Map<String, Object>> lines = reportLines(region, previous);
    List<Map<String, Object>> requests = openRequests(regionCode);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("keyResults", lines);
    report.put("staleKeyResults", lines.stream().filter(l -> Boolean.TRUE.equals(l.get("stale")))
        .map(l -> l.get("code")).toList());
    report.put("openReallocations", requests);
    CalibrationSession session = new CalibrationSession(region, processInstanceId, json(report),
        summary(region, lines, requests), Instant.now(clock));
    em.persist(session);
    em.flush();

    audit.record("system", "OPENED", AUDIT_TYPE, session.getId(), region.getCode());
    LOG.infof("Calibration '%d' of region '%s' opened with %d key results, %d stale",
        session.getId(), regionCode, lines.size(),
        ((List<?>) report.get("staleKeyResults")).size());
    return session;
  }

  /** Picks and records the challenger of a session. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Employee pickChallenger(long sessionId, Random random) {
    CalibrationSession session = find(sessionId);
    OrgUnit region = session.getRegion();
    Long previous = previousChallengerId(session);
    Map<Long, Long> counts = challengeCounts();

    List<Employee> candidates = new ArrayList<>();
    for (Employee e : em.createQuery("select e from Employee e join fetch e.orgUnit"
        + " where e.active = true", Employee.class).getResultList()) {
      OrgUnit home = e.getOrgUnit().region();
      if (home != null && !home.getId().equals(region.getId())
          && CHALLENGER_ROLES.contains(e.getRole()) && !e.getId().equals(previous)) {
        candidates.add(e);
      }
    }
    if (candidates.isEmpty()) {
      throw new StateConflictException("Nobody outside region '" + region.getCode()
          + "' can challenge its calibration '" + sessionId + "'");
    }
    long fewest = candidates.stream().mapToLong(c -> counts.getOrDefault(c.getId(), 0L)).min()
        .orElse(0);
    List<Employee> leastUsed = candidates.stream()
        .filter(c -> counts.getOrDefault(c.getId(), 0L) == fewest)
        .toList();
    Employee challenger = leastUsed.get(random.nextInt(leastUsed.size()));

    session.assignChallenger(challenger);
    em.flush();

    audit.record("system", "CHALLENGER_PICKED", AUDIT_TYPE, sessionId,
        challenger.getUsername());
    LOG.infof("Calibration '%d' of region '%s': challenger '%s' of region '%s' picked among %d",
        sessionId, region.getCode(), challenger.getUsername(),
        challenger.getOrgUnit().region().getCode(), leastUsed.size());
    return challenger;
  }

  /** Records the challenger's risks; only the session's challenger may. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CalibrationSession recordChallenge(long sessionId, String actorUsername,
      List<RiskInput> risks, String summary) {
    CalibrationSession session = find(sessionId);
    if (session.getChallenger() == null
        || !session.getChallenger().getUsername().equals(actorUsername)) {
      throw new AccessDeniedException("Only the challenger of calibration '" + sessionId
          + "' may raise its risks");
    }
    List<RiskInput> given = risks.stream()
        .filter(r -> r.description() != null && !r.description().isBlank())
        .toList();
    if (given.isEmpty()) {
      throw new InvalidRequestException("Raise at least one risk the region may be missing");
    }
    Instant now = Instant.now(clock);

    List<CalibrationRisk> raised = new ArrayList<>();
    for (RiskInput r : given) {
      String ref = r.keyResultRef() == null || r.keyResultRef().isBlank() ? null
          : r.keyResultRef().strip();
      raised.add(new CalibrationRisk(session, keyResult(ref), ref, r.description().strip(),
          r.severity() == null ? RiskSeverity.MEDIUM : r.severity(), actorUsername, now));
    }
    session.challenge(raised, summary, now);
    em.flush();

    audit.record(actorUsername, "CHALLENGED", AUDIT_TYPE, sessionId, raised.size() + " risks");
    LOG.infof("Calibration '%d': challenger '%s' raised %d risks", sessionId, actorUsername,
        raised.size());
    return session;
  }

  /**
   * Records the region head's answer: still the right battle or not, the assessment and the
   * decisions (one per line) and key-result adjustments (one per line; they need approval).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CalibrationSession recordDecision(long sessionId, String actorUsername,
      boolean rightBattle, String assessment, List<String> decisions,
      List<String> keyResultAdjustments) {
    CalibrationSession session = find(sessionId);
    Employee actor = directory.person(actorUsername);
    if (!actorUsername.equals(session.getRegion().getHeadUsername())
        && !access.isStrategist(actor)) {
      throw new AccessDeniedException("Only the head of '" + session.getRegion().getCode()
          + "' decides its calibration");
    }
    if (assessment == null || assessment.isBlank()) {
      throw new InvalidRequestException("Answer the first question: are we still fighting"
          + " the right battle, and why (battleAssessment)");
    }
    Instant now = Instant.now(clock);

    List<CalibrationDecision> taken = new ArrayList<>();
    for (String text : decisions) {
      taken.add(new CalibrationDecision(session, DecisionKind.DECISION, text, null,
          actorUsername, now));
    }
    for (String text : keyResultAdjustments) {
      taken.add(new CalibrationDecision(session, DecisionKind.KR_ADJUSTMENT, text, null,
          actorUsername, now));
    }
    session.decide(rightBattle, assessment.strip(), taken, actorUsername, now);
    em.flush();

    audit.record(actorUsername, "DECIDED", AUDIT_TYPE, sessionId, (rightBattle
        ? "right battle" : "battle to change") + "; " + taken.size() + " decisions");
    LOG.infof("Calibration '%d' of region '%s' decided by '%s' (%d decisions)", sessionId,
        session.getRegion().getCode(), actorUsername, taken.size());
    return session;
  }

  /** Records the reallocation request the calibration started as one of its decisions. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordReallocation(long sessionId, ReallocationRequest request, String actor) {
    CalibrationSession session = find(sessionId);
    session.addDecision(new CalibrationDecision(session, DecisionKind.REALLOCATION,
        "向 " + request.getGivingRegion().getName() + " 申请 " + request.getAmount()
            .stripTrailingZeros().toPlainString() + " " + request.getResourceType().label()
            + "，用于 "
            + request.getKeyAccount(), request, actor, Instant.now(clock)));
    em.flush();
  }

  /**
   * Adds a decision to a session, possibly reversing a decision of an earlier
   * calibration of the same region — which is how analysis finds reversed decisions.
   */
  @Transactional
  public CalibrationDecision addDecision(long sessionId, String actorUsername, String text,
      Long reversesId) {
    CalibrationSession session = find(sessionId);
    Employee actor = directory.person(actorUsername);
    if (!actorUsername.equals(session.getRegion().getHeadUsername())
        && !access.isStrategist(actor)) {
      throw new AccessDeniedException("Only the head of '" + session.getRegion().getCode()
          + "' or HQ strategy records its calibration decisions");
    }
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("A decision needs its text");
    }
    CalibrationDecision earlier = null;
    if (reversesId != null) {
      earlier = em.find(CalibrationDecision.class, reversesId);
      if (earlier == null || !earlier.getSession().getRegion().getId()
          .equals(session.getRegion().getId())
          || !earlier.getSession().getOpenedAt().isBefore(session.getOpenedAt())) {
        throw new InvalidRequestException("Decision '" + reversesId + "' is not one of an"
            + " earlier calibration of '" + session.getRegion().getCode() + "'");
      }
    }

    CalibrationDecision decision = new CalibrationDecision(session, DecisionKind.DECISION,
        text.strip(), null, actorUsername, Instant.now(clock));
    if (earlier != null) {
      decision.reverse(earlier);
    }
    session.addDecision(decision);
    em.flush();

    audit.record(actorUsername, reversesId == null ? "DECIDED" : "REVERSED", AUDIT_TYPE,
        sessionId, reversesId == null ? text.strip() : "reverses decision " + reversesId);
    LOG.infof("Calibration '%d': decision '%d' recorded by '%s'%s", sessionId,
        decision.getId(), actorUsername, reversesId == null ? ""
            : ", reversing decision '" + reversesId + "'");
    return decision;
  }

  /** Records that a review or decision is overdue and was escalated. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void escalate(long sessionId, String what) {
    CalibrationSession session = find(sessionId);
    session.escalated();
    audit.record("system", "ESCALATED", AUDIT_TYPE, sessionId, what);
    // TODO(#5): notify the region head and HQ — the notification centre does not exist yet;
    // until then the escalation is visible in the audit trail and the session's escalations.
    LOG.warnf("Calibration '%d' of region '%s' is overdue: %s; the region head and HQ should"
        + " follow up", sessionId, session.getRegion().getCode(), what);
  }

  /** A text of the raised risks for the region head's form. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String risksSummary(long sessionId) {
    CalibrationSession session = find(sessionId);
    StringBuilder text = new StringBuilder();
    for (CalibrationRisk r : session.getRisks()) {
      text.append('[').append(severityName(r.getSeverity())).append("] ")
          .append(r.getKeyResultRef() == null ? "" : r.getKeyResultRef() + ": ")
          .append(r.getDescription()).append('\n');
    }
    if (session.getChallengeSummary() != null) {
      text.append(session.getChallengeSummary());
    }
    return text.toString().strip();
  }

  @Transactional
  public CalibrationSession read(long id) {
    return find(id);
  }

  /** A region's sessions, newest first. */
  @Transactional
  public List<CalibrationSession> list(String regionCode) {
    region(regionCode);
    return em.createQuery("select s from CalibrationSession s where s.region.code = :code"
            + " order by s.openedAt desc, s.id desc", CalibrationSession.class)
        .setParameter("code", regionCode)
        .getResultList();
  }

  private List<Map<String, Object>> reportLines(OrgUnit region,
      Map<Long, BigDecimal> previous) {
    List<Cycle> cycles = currentCycles();
    if (cycles.isEmpty()) {
      return List.of();
    }
    CycleProgress numbers = progress.ofCycles(cycles.stream().map(Cycle::getId).toList());
    List<Objective> owned = em.createQuery("select o from Objective o where o.cycle in :cycles"
            + " and o.status = :published order by o.id", Objective.class)
        .setParameter("cycles", cycles)
        .setParameter("published", ObjectiveStatus.PUBLISHED)
        .getResultList().stream()
        .filter(o -> !o.isPersonal() && o.getOwnerUnit().isWithin(region))
        .toList();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Objective o : owned) {
      for (KeyResult k : o.getKeyResults()) {
        KeyResultStatus status = numbers.keyResult(k.getId());
        BigDecimal percent = ProgressService.percent(status.progress().clamped());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("keyResultId", k.getId());
        line.put("code", k.getCode() == null ? "KR-" + k.getId() : k.getCode());
        line.put("title", k.getTitle());
        line.put("unit", o.getOwnerUnit().getCode());
        line.put("percent", percent);
        line.put("light", status.risk().light().name());
        line.put("reasons", status.risk().reasons().stream().map(r -> r.text()).toList());
        BigDecimal before = previous.get(k.getId());
        line.put("changeSinceLastCalibration", before == null ? null : percent.subtract(before));
        line.put("stale", status.risk().reasons().stream()
            .anyMatch(r -> r.code().equals("STALE")));
        lines.add(line);
      }
    }
    return lines;
  }

  private List<Map<String, Object>> openRequests(String regionCode) {
    List<Map<String, Object>> requests = new ArrayList<>();
    for (ReallocationRequest r : reallocations.list(regionCode, ReallocationStatus.REQUESTED)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", r.getId());
      line.put("requestingRegion", r.getRequestingRegion().getCode());
      line.put("givingRegion", r.getGivingRegion().getCode());
      line.put("resourceType", r.getResourceType().name());
      line.put("amount", r.getAmount());
      line.put("keyAccount", r.getKeyAccount());
      requests.add(line);
    }
    return requests;
  }

  private static String summary(OrgUnit region, List<Map<String, Object>> lines,
      List<Map<String, Object>> requests) {
    StringBuilder text = new StringBuilder(region.getName()).append(" 校准报告\n");
    for (Map<String, Object> line : lines) {
      text.append(line.get("code")).append(' ').append(line.get("title")).append(": ")
          .append(line.get("percent")).append("% ").append(lightName(line.get("light")));
      Object change = line.get("changeSinceLastCalibration");
      if (change != null) {
        text.append(" (较上次 ").append(((BigDecimal) change).signum() >= 0 ? "+" : "")
            .append(change).append(')');
      }
      if (Boolean.TRUE.equals(line.get("stale"))) {
        text.append(" [14 天以上未更新]");
      }
      text.append('\n');
    }
    text.append("待审批的资源调配: ").append(requests.size());
    return text.toString();
  }

  private static String lightName(Object light) {
    return switch (String.valueOf(light)) {
      case "ON_TRACK" -> "正常";
      case "AT_RISK" -> "有风险";
      case "OFF_TRACK" -> "偏离";
      default -> String.valueOf(light);
    };
  }

  private static String severityName(RiskSeverity severity) {
    return switch (severity) {
      case HIGH -> "高";
      case MEDIUM -> "中";
      case LOW -> "低";
    };
  }

  private List<Cycle> currentCycles() {
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    List<Cycle> all = objectives.cycles();
    List<Cycle> current = all.stream().filter(c -> c.contains(today)).toList();
    if (!current.isEmpty()) {
      return current;
    }
    return all.stream().filter(c -> !c.getStartDate().isAfter(today)).limit(1).toList();
  }

  private Map<Long, BigDecimal> previousPercents(OrgUnit region) {
    Map<Long, BigDecimal> percents = new HashMap<>();
    em.createQuery("select s.report from CalibrationSession s where s.region = :region"
            + " order by s.openedAt desc, s.id desc", String.class)
        .setParameter("region", region)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(report -> {
          try {
            for (JsonNode line : JSON.readTree(report).path("keyResults")) {
              percents.put(line.get("keyResultId").asLong(), line.get("percent").decimalValue());
            }
          } catch (JsonProcessingException e) {
            LOG.warnf("Previous calibration report of region '%s' is unreadable (%s); the"
                + " new report shows no change figures", region.getCode(), e.getMessage());
          }
        });
    return percents;
  }

  private Long previousChallengerId(CalibrationSession session) {
    return em.createQuery("select s.challenger.id from CalibrationSession s"
            + " where s.region = :region and s.id <> :id and s.challenger is not null"
            + " order by s.openedAt desc, s.id desc", Long.class)
        .setParameter("region", session.getRegion())
        .setParameter("id", session.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Map<Long, Long> challengeCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery("select s.challenger.id, count(s)"
        + " from CalibrationSession s where s.challenger is not null group by s.challenger.id",
        Object[].class).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  private KeyResult keyResult(String ref) {
    if (ref == null) {
      return null;
    }
    return objectives.findKeyResultByCode(ref).orElseGet(() -> {
      try {
        return objectives.findKeyResult(Long.parseLong(ref)).orElse(null);
      } catch (NumberFormatException e) {
        return null;
      }
    });
  }

  private OrgUnit region(String code) {
    OrgUnit unit = directory.findOrgUnit(code)
        .orElseThrow(() -> new UnknownEntityException("Region", code));
    if (unit.getType() != OrgUnitType.REGION) {
      throw new InvalidRequestException("'" + code + "' is a " + unit.getType()
          + ", not a region");
    }
    return unit;
  }

  private CalibrationSession find(long id) {
    CalibrationSession session = em.find(CalibrationSession.class, id);
    if (session == null) {
      throw new UnknownEntityException("Calibration", id);
    }
    return session;
  }


  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Calibration report is not serialisable", e);
    }
  }
}
