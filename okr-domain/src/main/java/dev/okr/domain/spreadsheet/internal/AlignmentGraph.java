package dev.okr.domain.spreadsheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds circular parent links among rows. Each row has at most one parent, so following parents
 * from any row either ends or runs into a cycle; the walk is iterative and visits every row once,
 * so neither long chains nor cycles can overflow the stack or hang.
 */
public final class AlignmentGraph {

  private static final int SHOWN_STEPS = 6;

  private enum State { ON_PATH, DONE }

  private AlignmentGraph() {
  }

  /**
   * The rows that lie on a cycle, each with its cycle written from itself back to itself
   * ({@code O5 -> O6 -> O5}); cycles of more than {@value #SHOWN_STEPS} rows are abbreviated.
   * Rows merely pointing into a cycle are not included.
   *
   * @param parentOf the parent of each row that has one; self-links are the caller's concern and
   *     come back as a cycle of length one if included
   */
  public static Map<String, String> cycles(Map<String, String> parentOf) {
    Map<String, State> states = new HashMap<>();
    Map<String, String> cycles = new HashMap<>();
    for (String start : parentOf.keySet()) {
      List<String> path = new ArrayList<>();
      String current = start;
      while (current != null && !states.containsKey(current)) {
        states.put(current, State.ON_PATH);
        path.add(current);
        current = parentOf.get(current);
      }

      if (current != null && states.get(current) == State.ON_PATH) {
        List<String> cycle = path.subList(path.indexOf(current), path.size());
        for (String member : cycle) {
          cycles.put(member, describe(member, parentOf, cycle.size()));
        }
      }
      path.forEach(row -> states.put(row, State.DONE));
    }
    return cycles;
  }

  private static String describe(String member, Map<String, String> parentOf, int length) {
    StringBuilder text = new StringBuilder(member);
    String current = member;
    for (int step = 0; step < Math.min(length, SHOWN_STEPS); step++) {
      current = parentOf.get(current);
      text.append(" -> ").append(current);
    }
    if (length > SHOWN_STEPS) {
      text.append(" -> ... -> ").append(member).append(" (").append(length).append(" rows)");
    }
    return text.toString();
  }
}
