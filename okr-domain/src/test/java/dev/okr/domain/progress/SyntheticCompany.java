package dev.okr.domain.progress;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.progress.RollUp.KeyResultFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up company shaped like the demo one, as rows a roll-up or a database can be fed from.
 * Seeded: the same size and seed give the same rows.
 *
 * <ul>
 *   <li>HQ: one objective with three key results, two fed by aligned objectives and one summing
 *       the regional revenue quotas.
 *   <li>max(5, N / 2000) regions, each with one objective (two aligned key results and a revenue
 *       quota) linked to an HQ key result and, through its quota, to the summing one.
 *   <li>Four teams per region, each with one objective (two aligned key results and one of its
 *       own) linked to a regional key result.
 *   <li>N people spread evenly over the teams, each with one objective of three key results of
 *       mixed kinds, random values and some weights left empty, linked to a team key result.
 *   <li>One chain per depth in {@link #CHAIN_DEPTHS}: a person objective under intermediate
 *       objectives down from an HQ key result, so that a check-in at a given depth can be timed.
 * </ul>
 *
 * <p>Depth counts objectives from HQ (depth 1) down to the person: a person in the org tree is
 * at depth 4, a chain person of depth 2 is linked straight to HQ.
 */
final class SyntheticCompany {

  /** Depths of the chains hung under HQ, from HQ (1) to the person at the bottom. */
  static final int[] CHAIN_DEPTHS = {2, 4, 8, 16, 32};

  private static final int PEOPLE_PER_REGION = 2000;
  private static final int MIN_REGIONS = 5;
  private static final int TEAMS_PER_REGION = 4;
  private static final double QUOTA = 10e6;
  private static final KeyResultKind[] PERSON_KINDS = {KeyResultKind.INCREASE,
      KeyResultKind.DECREASE, KeyResultKind.STAY_ABOVE, KeyResultKind.MILESTONE};

  private final Random random;
  private final List<ObjectiveRow> objectives = new ArrayList<>();
  private final List<KeyResultFacts> keyResults = new ArrayList<>();
  private final List<LinkRow> links = new ArrayList<>();
  private final Map<Integer, Long> chainKeyResults = new LinkedHashMap<>();
  private final int employees;
  private final int regions;
  private final int teams;
  private long treePersonKeyResult;
  private long nextObjectiveId = 1;
  private long nextKeyResultId = 1;

  private SyntheticCompany(int employees, long seed) {
    this.random = new Random(seed);
    this.employees = employees;
    this.regions = Math.max(MIN_REGIONS, employees / PEOPLE_PER_REGION);
    this.teams = regions * TEAMS_PER_REGION;
  }

  /** Generates a company of the given number of employees, at least one. */
  static SyntheticCompany generate(int employees, long seed) {
    if (employees < 1) {
      throw new IllegalArgumentException("employees must be at least 1, was " + employees);
    }
    SyntheticCompany company = new SyntheticCompany(employees, seed);
    company.build();
    return company;
  }

  /** Feeds every row into a new roll-up, not yet computed. */
  RollUp feed() {
    RollUp rollUp = new RollUp();
    for (ObjectiveRow objective : objectives) {
      rollUp.objective(objective.id());
    }
    for (KeyResultFacts keyResult : keyResults) {
      rollUp.keyResult(keyResult);
    }
    for (LinkRow link : links) {
      rollUp.contribution(link.childObjectiveId(), link.parentKeyResultId(), link.weight(),
          link.valueKeyResultId());
    }
    return rollUp;
  }

  int employees() {
    return employees;
  }

  int regions() {
    return regions;
  }

  int teams() {
    return teams;
  }

  List<ObjectiveRow> objectives() {
    return Collections.unmodifiableList(objectives);
  }

  List<KeyResultFacts> keyResults() {
    return Collections.unmodifiableList(keyResults);
  }

  List<LinkRow> links() {
    return Collections.unmodifiableList(links);
  }

  /** A key result of a person in the org tree (depth 4), fed by check-ins. */
  long treePersonKeyResult() {
    return treePersonKeyResult;
  }

  /** A key result, fed by check-ins, of the person at the bottom of the chain of that depth. */
  long chainPersonKeyResult(int depth) {
    Long id = chainKeyResults.get(depth);
    if (id == null) {
      throw new IllegalArgumentException("no chain of depth " + depth);
    }
    return id;
  }

  private void build() {
    long hq = objective(Level.HQ);
    long engagement = aligned(hq, 40.0);
    long delivery = aligned(hq, 30.0);
    long revenue = keyResult(hq, KeyResultKind.INCREASE, 0.0, regions * QUOTA, null, 30.0,
        ProgressSource.SUM_OF_ALIGNED);

    long[][] regionKeyResults = new long[regions][];
    for (int r = 0; r < regions; r++) {
      long region = objective(Level.REGION);
      regionKeyResults[r] = new long[] {aligned(region, 2.0), aligned(region, 1.0)};
      long quota = keyResult(region, KeyResultKind.INCREASE, 0.0, QUOTA,
          QUOTA * random.nextDouble(), null, ProgressSource.CHECK_INS);
      links.add(new LinkRow(region, r % 2 == 0 ? engagement : delivery, 1.0 + r % 3, null));
      links.add(new LinkRow(region, revenue, null, quota));
    }

    long[][] teamKeyResults = new long[teams][];
    for (int t = 0; t < teams; t++) {
      long team = objective(Level.TEAM);
      teamKeyResults[t] = new long[] {aligned(team, null), aligned(team, null)};
      measured(team);
      long[] above = regionKeyResults[t % regions];
      links.add(new LinkRow(team, above[(t / regions) % 2], null, null));
    }

    for (int p = 0; p < employees; p++) {
      long person = objective(Level.PERSON);
      long first = measured(person);
      measured(person);
      measured(person);
      long[] above = teamKeyResults[p % teams];
      Double weight = random.nextInt(5) == 0 ? 1.0 + random.nextInt(3) : null;
      links.add(new LinkRow(person, above[(p / teams) % 2], weight, null));
      if (p == 0) {
        treePersonKeyResult = first;
      }
    }

    for (int depth : CHAIN_DEPTHS) {
      chainKeyResults.put(depth, chain(depth, delivery));
    }
  }

  /** Hangs depth − 1 objectives under the HQ key result; returns the person's key result. */
  private long chain(int depth, long hqKeyResult) {
    long above = hqKeyResult;
    for (int level = 2; level < depth; level++) {
      long intermediate = objective(Level.INTERMEDIATE);
      long alignedKeyResult = aligned(intermediate, null);
      measured(intermediate);
      measured(intermediate);
      links.add(new LinkRow(intermediate, above, null, null));
      above = alignedKeyResult;
    }
    long person = objective(Level.PERSON);
    long first = measured(person);
    measured(person);
    measured(person);
    links.add(new LinkRow(person, above, null, null));
    return first;
  }

  private long objective(Level level) {
    long id = nextObjectiveId++;
    objectives.add(new ObjectiveRow(id, level));
    return id;
  }

  private long aligned(long objective, Double weight) {
    return keyResult(objective, KeyResultKind.INCREASE, 0.0, 100.0, null, weight,
        ProgressSource.ALIGNED_OBJECTIVES);
  }

  /** A key result fed by check-ins, of a random kind, with random but plausible numbers. */
  private long measured(long objective) {
    KeyResultKind kind = PERSON_KINDS[random.nextInt(PERSON_KINDS.length)];
    Double weight = random.nextInt(4) == 0 ? null : 10.0 * (1 + random.nextInt(5));
    double baseline;
    double target;
    switch (kind) {
      case INCREASE -> {
        baseline = random.nextInt(50);
        target = baseline + 10 + random.nextInt(90);
      }
      case DECREASE -> {
        baseline = 20 + random.nextInt(80);
        target = Math.floor(baseline * (0.2 + 0.6 * random.nextDouble()));
      }
      case STAY_ABOVE -> {
        baseline = 95.0;
        target = 99.0;
      }
      default -> {
        baseline = 0.0;
        target = 1 + random.nextInt(5);
      }
    }
    Double current = random.nextInt(10) == 0 ? null : currentValue(kind, baseline, target);
    return keyResult(objective, kind, baseline, target, current, weight,
        ProgressSource.CHECK_INS);
  }

  /** A value from a little worse than the baseline to a little past the target. */
  private double currentValue(KeyResultKind kind, double baseline, double target) {
    if (kind == KeyResultKind.MILESTONE) {
      return random.nextInt((int) target + 1);
    }
    if (kind == KeyResultKind.STAY_ABOVE) {
      return 97.0 + 3.0 * random.nextDouble();
    }
    return baseline + (target - baseline) * (1.4 * random.nextDouble() - 0.2);
  }

  private long keyResult(long objective, KeyResultKind kind, Double baseline, Double target,
      Double current, Double weight, ProgressSource source) {
    long id = nextKeyResultId++;
    keyResults.add(new KeyResultFacts(id, objective, kind, baseline, target, null, current,
        weight, source));
    return id;
  }

  /** Where in the company an objective sits. */
  enum Level { HQ, REGION, TEAM, PERSON, INTERMEDIATE }

  /** One objective. */
  record ObjectiveRow(long id, Level level) {
  }

  /**
   * One contributing link from an objective to a key result above it.
   *
   * @param weight           null for the default weight
   * @param valueKeyResultId the child's key result a summing parent adds up, or null
   */
  record LinkRow(long childObjectiveId, long parentKeyResultId, Double weight,
      Long valueKeyResultId) {
  }
}
