package dev.okr.domain.progress;

import dev.okr.domain.alignment.LinkType;
import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.progress.RiskRule.RiskAssessment;
import dev.okr.domain.progress.RollUp.KeyResultFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the progress, risk and score of every objective and key result of a cycle from a
 * few flat queries, then {@link RollUp} in memory. Objectives of other cycles that contribute
 * to the cycle's key results are loaded too. Only published objectives contribute upwards;
 * drafts still show their own progress. Dates are judged in the company's time zone
 * (system property {@code okr.zone}, Asia/Shanghai by default).
 */
@ApplicationScoped
public class ProgressService {

  private static final ZoneId ZONE = ZoneId.of(System.getProperty("okr.zone", "Asia/Shanghai"));

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  private Clock clock = Clock.system(ZONE);

  /** The numbers of one cycle, as of today. */
  @Transactional
  public CycleProgress ofCycle(Cycle cycle) {
    return ofCycles(List.of(cycle.getId()));
  }

  /** The numbers of the given cycles (and of contributors from elsewhere), as of today. */
  @Transactional
  public CycleProgress ofCycles(Collection<Long> cycleIds) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, ObjectiveFacts> objectives = new HashMap<>();
    List<Object[]> keyResults = new ArrayList<>();
    Set<Long> cyclesLoaded = new HashSet<>();
    Set<Long> pending = new HashSet<>(cycleIds);
    List<Object[]> links = new ArrayList<>();
    while (!pending.isEmpty()) {
      loadObjectives(pending, objectives, keyResults);
      cyclesLoaded.addAll(pending);
      List<Object[]> newLinks = contributingLinks(pending);
      links.addAll(newLinks);
      pending = new HashSet<>();
      for (Object[] link : newLinks) {
        Long childCycle = (Long) link[4];
        if (!cyclesLoaded.contains(childCycle)) {
          pending.add(childCycle);
        }
      }
    }

    RollUp rollUp = new RollUp();
    for (ObjectiveFacts o : objectives.values()) {
      rollUp.objective(o.id);
    }
    Map<Long, KeyResultRow> rows = new HashMap<>();
    for (Object[] k : keyResults) {
      KeyResultRow row = new KeyResultRow((Long) k[0], (Long) k[1], (KeyResultKind) k[2],
          dbl(k[3]), dbl(k[4]), dbl(k[5]), dbl(k[6]), dbl(k[7]), (ProgressSource) k[8],
          (Integer) k[9], (Instant) k[10], (LocalDate) k[11]);
      rows.put(row.id, row);
      rollUp.keyResult(new KeyResultFacts(row.id, row.objectiveId, row.kind, row.baseline,
          row.target, row.bandUpper, row.current, row.weight, row.source));
    }
    for (Object[] l : links) {
      ObjectiveFacts child = objectives.get((Long) l[0]);
      if (child != null && child.status == ObjectiveStatus.PUBLISHED) {
        rollUp.contribution(child.id, (Long) l[1], dbl(l[2]), (Long) l[3]);
      }
    }
    for (Object[] kpi : linkedKpis(cyclesLoaded)) {
      BigDecimal target = (BigDecimal) kpi[2];
      BigDecimal actual = (BigDecimal) kpi[3];
      boolean lowerIsBetter = (Boolean) kpi[4];
      rollUp.kpiContribution((Long) kpi[0], (Long) kpi[1],
          attainment(target, actual, lowerIsBetter), dbl(kpi[5]));
    }
    rollUp.compute();

    return assemble(rollUp, objectives, rows, today);
  }

  private CycleProgress assemble(RollUp rollUp, Map<Long, ObjectiveFacts> objectives,
      Map<Long, KeyResultRow> rows, LocalDate today) {
    Map<Long, KeyResultStatus> krStatus = new HashMap<>();
    Map<Long, List<KeyResultRow>> byObjective = new HashMap<>();
    for (KeyResultRow row : rows.values()) {
      ObjectiveFacts o = objectives.get(row.objectiveId);
      RollUp.KeyResultProgress p = rollUp.keyResult(row.id);
      LocalDate lastDay = row.lastCheckIn == null ? null
          : LocalDate.ofInstant(row.lastCheckIn, ZONE);
      RiskAssessment risk = RiskRule.assess(p.clamped(), row.confidence, lastDay, o.start,
          o.end, row.due, today);
      krStatus.put(row.id, new KeyResultStatus(row.id, p, risk, Score.of(p.clamped()),
          row.lastCheckIn));
      byObjective.computeIfAbsent(row.objectiveId, k -> new ArrayList<>()).add(row);
    }
    Map<Long, ObjectiveStatusView> objectiveStatus = new HashMap<>();
    for (ObjectiveFacts o : objectives.values()) {
      RollUp.ObjectiveProgress p = rollUp.objectiveProgress(o.id);
      List<RiskAssessment> krRisks = new ArrayList<>();
      Integer lowest = null;
      Instant last = null;
      for (KeyResultRow row : byObjective.getOrDefault(o.id, List.of())) {
        krRisks.add(krStatus.get(row.id).risk());
        if (row.confidence != null && (lowest == null || row.confidence < lowest)) {
          lowest = row.confidence;
        }
        if (row.lastCheckIn != null && (last == null || row.lastCheckIn.isAfter(last))) {
          last = row.lastCheckIn;
        }
      }
      RiskAssessment risk = RiskRule.assessObjective(p.progress(), lowest,
          last == null ? null : LocalDate.ofInstant(last, ZONE), krRisks, o.start, o.end, today);
      BigDecimal score = Score.of(p.progress());
      objectiveStatus.put(o.id, new ObjectiveStatusView(o.id, p, risk, score,
          Score.grade(score, o.aspirational), o.closed || today.isAfter(o.end)));
    }
    return new CycleProgress(today, objectiveStatus, krStatus);
  }

  private void loadObjectives(Set<Long> cycleIds, Map<Long, ObjectiveFacts> objectives,
      List<Object[]> keyResults) {
    List<Object[]> rows = em.createQuery("select o.id, o.status, o.aspirational,"
            + " c.startDate, c.endDate, c.closed from Objective o join o.cycle c"
            + " where c.id in :cycles", Object[].class)
        .setParameter("cycles", cycleIds)
        .getResultList();
    for (Object[] r : rows) {
      objectives.put((Long) r[0], new ObjectiveFacts((Long) r[0], (ObjectiveStatus) r[1],
          (Boolean) r[2], (LocalDate) r[3], (LocalDate) r[4], (Boolean) r[5]));
    }
    keyResults.addAll(em.createQuery("select k.id, o.id, k.kind, k.baseline, k.target,"
            + " k.bandUpper, k.currentValue, k.weight, k.source, k.confidence,"
            + " k.lastCheckInAt, k.dueDate from KeyResult k join k.objective o"
            + " where o.cycle.id in :cycles order by k.position", Object[].class)
        .setParameter("cycles", cycleIds)
        .getResultList());
  }

  /** child objective id, parent key result id, weight, value key result id, child cycle id. */
  private List<Object[]> contributingLinks(Set<Long> cycleIds) {
    return em.createQuery("select l.objective.id, k.id, l.weight, l.valueKeyResult.id,"
            + " l.objective.cycle.id from AlignmentLink l join l.keyResult k"
            + " where l.type = :type and k.objective.cycle.id in :cycles", Object[].class)
        .setParameter("type", LinkType.CONTRIBUTING)
        .setParameter("cycles", cycleIds)
        .getResultList();
  }

  private List<Object[]> linkedKpis(Set<Long> cycleIds) {
    return em.createQuery("select p.id, k.id, p.target, p.actual, p.lowerIsBetter,"
            + " p.linkWeight from Kpi p join p.linkedKeyResult k"
            + " where k.objective.cycle.id in :cycles", Object[].class)
        .setParameter("cycles", cycleIds)
        .getResultList();
  }

  private static double attainment(BigDecimal target, BigDecimal actual,
      boolean lowerIsBetter) {
    if (actual == null) {
      return 0;
    }
    if (lowerIsBetter) {
      return actual.signum() <= 0 ? 1 : target.divide(actual, 6, RoundingMode.HALF_UP)
          .doubleValue();
    }
    return target.signum() == 0 ? 1 : actual.divide(target, 6, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static Double dbl(Object value) {
    return value == null ? null : ((BigDecimal) value).doubleValue();
  }

  /** Percent with two decimals, as shown everywhere: 0.46520 → 46.52. */
  public static BigDecimal percent(Double fraction) {
    return fraction == null ? null : BigDecimal.valueOf(fraction * 100)
        .setScale(2, RoundingMode.HALF_UP);
  }

  private record ObjectiveFacts(long id, ObjectiveStatus status, boolean aspirational,
      LocalDate start, LocalDate end, boolean closed) {
  }

  private record KeyResultRow(long id, long objectiveId, KeyResultKind kind, Double baseline,
      Double target, Double bandUpper, Double current, Double weight, ProgressSource source,
      Integer confidence, Instant lastCheckIn, LocalDate due) {
  }

  /** A key result's numbers: progress with its terms, risk light with reasons, score. */
  public record KeyResultStatus(long id, RollUp.KeyResultProgress progress, RiskAssessment risk,
      BigDecimal score, Instant lastCheckIn) {
  }

  /**
   * An objective's numbers.
   *
   * @param finalScore true once the cycle is closed or over: the score no longer moves
   */
  public record ObjectiveStatusView(long id, RollUp.ObjectiveProgress progress,
      RiskAssessment risk, BigDecimal score, Score.Grade grade, boolean finalScore) {
  }

  /** Every number of the loaded cycles, as of a day. */
  public record CycleProgress(LocalDate asOf, Map<Long, ObjectiveStatusView> objectives,
      Map<Long, KeyResultStatus> keyResults) {

    public ObjectiveStatusView objective(long id) {
      return objectives.get(id);
    }

    public KeyResultStatus keyResult(long id) {
      return keyResults.get(id);
    }
  }
}
