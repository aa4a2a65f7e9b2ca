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

  private enum State { ON_PATH, DONE }

  private AlignmentGraph() {
  }

  /**
   * The rows that lie on a cycle, each with its cycle as a path from itself back to itself
   * ({@code O5, O6, O5}). Rows merely pointing into a cycle are not included.
   *
   * @param parentOf the parent of each row that has one; self-links are the caller's concern and
   *     come back as a cycle of length one if included
   */
  public static Map<String, List<String>> cycles(Map<String, String> parentOf) {
    Map<String, State> states = new HashMap<>();
    Map<String, List<String>> cycles = new HashMap<>();
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
        for (int index = 0; index < cycle.size(); index++) {
          List<String> rotated = new ArrayList<>(cycle.subList(index, cycle.size()));
          rotated.addAll(cycle.subList(0, index + 1));
          cycles.put(cycle.get(index), List.copyOf(rotated));
        }
      }
      path.forEach(row -> states.put(row, State.DONE));
    }
    return cycles;
  }
}
