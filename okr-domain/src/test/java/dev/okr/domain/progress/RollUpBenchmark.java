package dev.okr.domain.progress;

import dev.okr.domain.progress.CompanyTables.Figures;
import dev.okr.domain.progress.SyntheticCompany.Level;
import dev.okr.domain.progress.SyntheticCompany.ObjectiveRow;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the company dashboard numbers for synthetic companies of 650, 10,000 and 100,000
 * employees (or the sizes given as arguments) and prints a plain table: a full roll-up with its
 * facts added, one SQL aggregate over the same rows in an in-memory H2 database, one
 * incremental check-in at growing depths, and the heap the largest snapshot takes.
 *
 * <p>A benchmark, not a test: it asserts nothing and no build phase runs it. Run it with
 * {@code ./mvnw -q -pl okr-domain -Pbenchmark test-compile exec:exec}; docs/benchmarks.md says
 * what each figure means. Times are medians of runs taken after warm-up runs, each run preceded
 * by a garbage collection so that it does not pay for the garbage of the one before.
 */
public final class RollUpBenchmark {

  private static final long SEED = 20_261_203L;
  private static final int[] DEFAULT_SIZES = {650, 10_000, 100_000};
  private static final int CHECK_IN_WARM_UP = 20_000;
  private static final int CHECK_IN_BATCHES = 201;
  private static final int CHECK_INS_PER_BATCH = 100;
  private static final double SAME = 1e-9;

  /** Keeps results alive so that the JIT cannot drop the work that produced them. */
  private static volatile double sink;

  private RollUpBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args company sizes in employees; none for 650, 10,000 and 100,000
   */
  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0
        ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    int largest = Arrays.stream(sizes).max().orElseThrow();

    Memory memory = memory(largest);
    List<SizeFigures> figures = new ArrayList<>();
    for (int size : sizes) {
      figures.add(measure(size));
    }

    print(System.out, figures, memory);
  }

  private static SizeFigures measure(int size) throws Exception {
    SyntheticCompany company = SyntheticCompany.generate(size, SEED);
    int warmUps = Math.max(3, 300_000 / size);
    int runs = size >= 100_000 ? 11 : 31;

    Timing rollUpMs = millis(warmUps, runs,
        () -> sink += company.feed().compute().objectiveProgress(1).progress());

    RollUp rollUp = company.feed().compute();
    long loadStart = System.nanoTime();
    double loadMs;
    Timing sqlMs;
    int equal;
    int people;
    try (CompanyTables tables = CompanyTables.load(company, "okr" + size)) {
      loadMs = (System.nanoTime() - loadStart) / 1e6;
      sqlMs = millis(warmUps, runs, () -> sink += tables.objectiveProgress().count());
      Figures sql = tables.objectiveProgress();
      people = (int) company.objectives().stream().filter(o -> o.level() == Level.PERSON).count();
      equal = equalPersonObjectives(company, rollUp, sql);
    }

    Map<String, Long> targets = new LinkedHashMap<>();
    targets.put("tree", company.treePersonKeyResult());
    for (int depth : SyntheticCompany.CHAIN_DEPTHS) {
      targets.put("chain" + depth, company.chainPersonKeyResult(depth));
    }
    Map<String, CheckIn> checkIns = checkIns(rollUp, targets);
    return new SizeFigures(company.employees(), company.objectives().size(),
        company.keyResults().size(), company.links().size(), company.regions(), company.teams(),
        runs, rollUpMs, loadMs, sqlMs, equal, people, checkIns);
  }

  /**
   * Counts the person objectives on which the SQL aggregate and the roll-up agree; they should
   * all agree, as a person's key results are fed by check-ins only.
   */
  private static int equalPersonObjectives(SyntheticCompany company, RollUp rollUp,
      Figures sql) {
    Map<Long, Double> byId = new HashMap<>();
    for (int i = 0; i < sql.count(); i++) {
      byId.put(sql.objectiveIds()[i], sql.progress()[i]);
    }
    int equal = 0;
    for (ObjectiveRow objective : company.objectives()) {
      Double fromSql = byId.get(objective.id());
      if (objective.level() == Level.PERSON && fromSql != null
          && Math.abs(fromSql - rollUp.objectiveProgress(objective.id()).progress()) <= SAME) {
        equal++;
      }
    }
    return equal;
  }

  /**
   * Median cost of one check-in on each key result, in microseconds, timed in batches. All
   * key results are warmed up together first, so that the JIT has seen every path before any
   * is timed.
   */
  private static Map<String, CheckIn> checkIns(RollUp rollUp, Map<String, Long> keyResults) {
    for (int i = 0; i < CHECK_IN_WARM_UP; i++) {
      for (long keyResultId : keyResults.values()) {
        rollUp.checkIn(keyResultId, i % 2 == 0 ? 1.0 : 2.0);
      }
    }
    Map<String, CheckIn> figures = new LinkedHashMap<>();
    keyResults.forEach((name, keyResultId) -> {
      System.gc();
      int recomputed = rollUp.checkIn(keyResultId, 0.0);
      double[] micros = new double[CHECK_IN_BATCHES];
      for (int b = 0; b < CHECK_IN_BATCHES; b++) {
        long start = System.nanoTime();
        for (int i = 0; i < CHECK_INS_PER_BATCH; i++) {
          rollUp.checkIn(keyResultId, i % 2 == 0 ? 1.0 : 2.0);
        }
        micros[b] = (System.nanoTime() - start) / 1e3 / CHECK_INS_PER_BATCH;
      }
      figures.put(name, new CheckIn(median(micros), recomputed));
    });
    sink += rollUp.objectiveProgress(1).progress();
    return figures;
  }

  /** Heap taken by the rows of a company and by its computed roll-up, in bytes. */
  private static Memory memory(int size) {
    long before = usedAfterGc();
    SyntheticCompany company = SyntheticCompany.generate(size, SEED);
    long withRows = usedAfterGc();
    RollUp rollUp = company.feed().compute();
    long withRollUp = usedAfterGc();

    Reference.reachabilityFence(company);
    Reference.reachabilityFence(rollUp);
    return new Memory(size, withRows - before, withRollUp - withRows);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static Timing millis(int warmUps, int runs, Work work) throws Exception {
    for (int i = 0; i < warmUps; i++) {
      work.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      System.gc();
      long start = System.nanoTime();
      work.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return new Timing(median(millis), Arrays.stream(millis).min().orElseThrow(),
        Arrays.stream(millis).max().orElseThrow());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static void print(PrintStream out, List<SizeFigures> figures, Memory memory) {
    Runtime runtime = Runtime.getRuntime();
    out.printf(Locale.ROOT, "Java %s (%s), %d processors, max heap %d MB%n%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        runtime.availableProcessors(), runtime.maxMemory() >> 20);

    out.println("Company dashboard numbers, median (min-max) of the runs after warm-up, ms");
    out.println();
    out.println("| employees | regions | teams | objectives | key results | links | runs "
        + "| full roll-up | SQL aggregate | H2 load | person objectives equal |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeFigures f : figures) {
      out.printf(Locale.ROOT, "| %,d | %d | %d | %,d | %,d | %,d | %d | %s | %s | %.0f "
              + "| %,d of %,d |%n",
          f.employees(), f.regions(), f.teams(), f.objectives(), f.keyResults(), f.links(),
          f.runs(), f.rollUpMs(), f.sqlMs(), f.loadMs(), f.equalPeople(), f.people());
    }
    out.println();

    out.println("One check-in, median microseconds (objectives and key results recomputed)");
    out.println();
    StringBuilder header = new StringBuilder("| employees | org tree, depth 4 |");
    StringBuilder rule = new StringBuilder("|---:|---:|");
    for (int depth : SyntheticCompany.CHAIN_DEPTHS) {
      header.append(" chain, depth ").append(depth).append(" |");
      rule.append("---:|");
    }
    out.println(header);
    out.println(rule);
    for (SizeFigures f : figures) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d | %s |",
          f.employees(), f.checkIns().get("tree")));
      for (int depth : SyntheticCompany.CHAIN_DEPTHS) {
        row.append(' ').append(f.checkIns().get("chain" + depth)).append(" |");
      }
      out.println(row);
    }
    out.println();

    out.printf(Locale.ROOT, "Heap after GC for %,d employees: rows %.0f MB, computed roll-up "
            + "%.0f MB more%n", memory.employees(), memory.rowBytes() / 1048576.0,
        memory.rollUpBytes() / 1048576.0);
  }

  /** A piece of work to time. */
  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  private record CheckIn(double micros, int recomputed) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f (%d)", micros, recomputed);
    }
  }

  private record Timing(double median, double min, double max) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", median, min, max);
    }
  }

  private record SizeFigures(int employees, int objectives, int keyResults, int links,
      int regions, int teams, int runs, Timing rollUpMs, double loadMs, Timing sqlMs,
      int equalPeople, int people, Map<String, CheckIn> checkIns) {
  }

  private record Memory(int employees, long rowBytes, long rollUpBytes) {
  }
}
