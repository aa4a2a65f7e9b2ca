package dev.okr.domain.progress;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.ProgressSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the progress of every key result and objective of a snapshot in one pass, rolling
 * progress up along contributing alignment links. Each number is computed once, so the same
 * figure appears wherever it is shown. Rules (docs/progress.md):
 *
 * <ul>
 *   <li>A key result fed by check-ins: {@link ProgressFormula} on its current value.
 *   <li>A key result fed by aligned objectives: weighted mean of the contributors' clamped
 *       progress (objectives through contributing links, KPIs explicitly linked).
 *   <li>A key result summing aligned values: the sum of the named child key results' values,
 *       measured with its own formula.
 *   <li>An objective: weighted mean of its key results' clamped progress; weights are
 *       normalised by their sum, a missing weight counts as the mean of the given ones, and
 *       without any weight all count equally. Without key results its progress is 0.
 * </ul>
 *
 * <p>Alignment is acyclic by construction, but a cycle in the data (say from an old import)
 * must not hang or overflow: the walk is iterative and an edge closing a cycle is ignored and
 * reported in the contributor list.
 */
public final class RollUp {

  private final Map<Long, ObjectiveNode> objectives = new HashMap<>();
  private final Map<Long, KeyResultNode> keyResults = new HashMap<>();
  /** Counts calls of {@link #compute()}; a node computed in the current pass is done. */
  private int pass;

  /** Adds an objective; its key results are added separately. */
  public RollUp objective(long id) {
    objectives.computeIfAbsent(id, ObjectiveNode::new);
    return this;
  }

  /** Adds a key result of an objective added before or later. */
  public RollUp keyResult(KeyResultFacts facts) {
    KeyResultNode node = new KeyResultNode(facts);
    keyResults.put(facts.id(), node);
    objectives.computeIfAbsent(facts.objectiveId(), ObjectiveNode::new).keyResults.add(node);
    return this;
  }

  /**
   * Adds a contributing link from an objective to a key result above it.
   *
   * @param valueKeyResultId the child's key result whose value a summing parent adds up; null
   *                         when the parent averages progress
   */
  public RollUp contribution(long childObjectiveId, long parentKeyResultId, Double weight,
      Long valueKeyResultId) {
    KeyResultNode parent = keyResults.get(parentKeyResultId);
    ObjectiveNode child = objectives.get(childObjectiveId);
    if (parent == null || child == null) {
      return this;
    }
    Edge edge = new Edge(Contributor.Kind.OBJECTIVE, childObjectiveId, child, null,
        weight == null ? 1.0 : weight, valueKeyResultId);
    parent.contributors.add(edge);
    child.parents.add(parent);
    return this;
  }

  /** Adds a KPI explicitly linked to a key result; attainment 1.0 means the KPI is met. */
  public RollUp kpiContribution(long kpiId, long parentKeyResultId, double attainment,
      Double weight) {
    KeyResultNode parent = keyResults.get(parentKeyResultId);
    if (parent != null) {
      parent.contributors.add(new Edge(Contributor.Kind.KPI, kpiId, null,
          Math.max(0.0, Math.min(1.0, attainment)), weight == null ? 1.0 : weight, null));
    }
    return this;
  }

  /** Computes everything; call after all facts are added. */
  public RollUp compute() {
    pass++;
    for (ObjectiveNode root : objectives.values()) {
      computeFrom(root);
    }
    return this;
  }

  /**
   * Records a new current value for a key result and recomputes only what depends on it: its
   * objective and the key results and objectives above, along contributing links.
   *
   * @return the number of nodes recomputed
   */
  public int checkIn(long keyResultId, Double current) {
    KeyResultNode kr = keyResults.get(keyResultId);
    if (kr == null) {
      throw new IllegalArgumentException("unknown key result " + keyResultId);
    }
    kr.facts = kr.facts.withCurrent(current);
    int recomputed = 0;
    Deque<KeyResultNode> pending = new ArrayDeque<>();
    Set<KeyResultNode> seen = new HashSet<>();
    pending.add(kr);
    while (!pending.isEmpty()) {
      KeyResultNode next = pending.poll();
      if (!seen.add(next)) {
        continue;
      }
      next.evaluate();
      ObjectiveNode owner = objectives.get(next.facts.objectiveId());
      owner.evaluate();
      recomputed += 2;
      pending.addAll(owner.parents);
    }
    return recomputed;
  }

  public KeyResultProgress keyResult(long id) {
    KeyResultNode node = keyResults.get(id);
    return node == null ? null : node.result;
  }

  public ObjectiveProgress objectiveProgress(long id) {
    ObjectiveNode node = objectives.get(id);
    return node == null ? null : node.result;
  }

  /**
   * Post-order walk without recursion: children are evaluated before the nodes they feed. The
   * walk state sits in the nodes rather than in sets, as a company holds hundreds of thousands
   * of them.
   */
  private void computeFrom(ObjectiveNode root) {
    if (root.computedIn == pass) {
      return;
    }
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node top = stack.peek();
      if (top.computedIn == pass) {
        stack.pop();
        continue;
      }
      if (top.enteredIn != pass) {
        top.enteredIn = pass;
        pushChildren(top, stack);
        continue;
      }
      stack.pop();
      top.evaluate();
      top.computedIn = pass;
    }
  }

  /**
   * Pushes the children not yet entered. A child entered but not computed is on the path: the
   * edge to it closes a cycle.
   */
  private void pushChildren(Node node, Deque<Node> stack) {
    if (node instanceof ObjectiveNode objective) {
      for (KeyResultNode kr : objective.keyResults) {
        if (kr.enteredIn != pass) {
          stack.push(kr);
        }
      }
      return;
    }
    for (Edge edge : ((KeyResultNode) node).contributors) {
      ObjectiveNode child = edge.child;
      if (child == null || child.computedIn == pass) {
        continue;
      }
      if (child.enteredIn == pass) {
        edge.closesCycle = true;
      } else {
        stack.push(child);
      }
    }
  }

  /** What a key result's progress is computed from. */
  public record KeyResultFacts(long id, long objectiveId, KeyResultKind kind, Double baseline,
      Double target, Double bandUpper, Double current, Double weight, ProgressSource source) {

    KeyResultFacts withCurrent(Double value) {
      return new KeyResultFacts(id, objectiveId, kind, baseline, target, bandUpper, value,
          weight, source);
    }
  }

  /**
   * One term of a rolled-up number.
   *
   * @param share    the contributor's weight divided by the sum of the weights, 0…1
   * @param progress the contributor's clamped progress, 0…1; for a summed value its value
   * @param note     why the term counts as it does, or null
   */
  public record Contributor(Kind kind, long id, double weight, double share, double progress,
      String note) {

    /** What kind of thing contributes. */
    public enum Kind { KEY_RESULT, OBJECTIVE, KPI }
  }

  /**
   * A key result's computed progress.
   *
   * @param raw     unclamped progress, may be below 0 or above 1; null if not measurable
   * @param clamped raw clamped to 0…1, 0 when not measurable: the value roll-ups use
   * @param value   the value measured: the current value, or the sum for summing key results
   * @param source  where the value came from; CHECK_INS also when an aligned key result has no
   *                contributor yet
   */
  public record KeyResultProgress(Double raw, double clamped, Double value, ProgressSource source,
      List<Contributor> contributors) {
  }

  /**
   * An objective's computed progress, 0…1, with the normalised weight of each key result.
   */
  public record ObjectiveProgress(double progress, List<Contributor> keyResults) {
  }

  private static final class Edge {
    final Contributor.Kind kind;
    final long id;
    final ObjectiveNode child;
    final Double fixedProgress;
    final double weight;
    final Long valueKeyResultId;
    boolean closesCycle;

    Edge(Contributor.Kind kind, long id, ObjectiveNode child, Double fixedProgress,
        double weight, Long valueKeyResultId) {
      this.kind = kind;
      this.id = id;
      this.child = child;
      this.fixedProgress = fixedProgress;
      this.weight = weight;
      this.valueKeyResultId = valueKeyResultId;
    }
  }

  /**
   * What the post-order walk of {@link #compute()} needs to know of a node: the passes in which
   * it was entered and computed. Pass numbers rather than flags, so that a pass broken off by an
   * exception leaves nothing behind for the next one.
   */
  private abstract static class Node {
    int enteredIn;
    int computedIn;

    abstract void evaluate();
  }

  private final class KeyResultNode extends Node {
    KeyResultFacts facts;
    final List<Edge> contributors = new ArrayList<>();
    KeyResultProgress result;

    KeyResultNode(KeyResultFacts facts) {
      this.facts = facts;
    }

    @Override
    void evaluate() {
      ProgressSource source = facts.source() == null ? ProgressSource.CHECK_INS : facts.source();
      if (source == ProgressSource.CHECK_INS || contributors.isEmpty()) {
        result = measured(facts.current(), ProgressSource.CHECK_INS, List.of());
      } else if (source == ProgressSource.SUM_OF_ALIGNED) {
        result = summed();
      } else {
        result = averaged();
      }
    }

    private KeyResultProgress measured(Double value, ProgressSource source,
        List<Contributor> terms) {
      Double raw = ProgressFormula.raw(facts.kind(), facts.baseline(), facts.target(),
          facts.bandUpper(), value);
      double clamped = raw == null ? 0.0 : ProgressFormula.clamp(raw);
      return new KeyResultProgress(raw, clamped, value, source, terms);
    }

    private KeyResultProgress summed() {
      double sum = 0;
      List<Contributor> terms = new ArrayList<>();
      for (Edge edge : contributors) {
        KeyResultNode valueNode = edge.valueKeyResultId == null
            ? null : keyResults.get(edge.valueKeyResultId);
        String note = null;
        double value = 0;
        if (edge.closesCycle) {
          note = "ignored: closes an alignment cycle";
        } else if (valueNode == null || valueNode.result == null) {
          note = "ignored: the link names no key result whose value to add";
        } else if (valueNode.result.value() != null) {
          value = valueNode.result.value();
        }
        sum += value;
        terms.add(new Contributor(Contributor.Kind.KEY_RESULT,
            valueNode == null ? edge.id : valueNode.facts.id(), 1, 0, value, note));
      }
      return measured(sum, ProgressSource.SUM_OF_ALIGNED, Collections.unmodifiableList(terms));
    }

    private KeyResultProgress averaged() {
      double total = 0;
      for (Edge edge : contributors) {
        total += edge.closesCycle ? 0 : edge.weight;
      }
      double progress = 0;
      List<Contributor> terms = new ArrayList<>();
      for (Edge edge : contributors) {
        double share = total <= 0 || edge.closesCycle ? 0 : edge.weight / total;
        double childProgress = edge.fixedProgress != null ? edge.fixedProgress
            : edge.child.result == null ? 0 : edge.child.result.progress();
        progress += share * childProgress;
        terms.add(new Contributor(edge.kind, edge.id, edge.weight, share, childProgress,
            edge.closesCycle ? "ignored: closes an alignment cycle" : null));
      }
      return new KeyResultProgress(progress, progress, facts.current(),
          ProgressSource.ALIGNED_OBJECTIVES, Collections.unmodifiableList(terms));
    }
  }

  private static final class ObjectiveNode extends Node {
    final long id;
    final List<KeyResultNode> keyResults = new ArrayList<>();
    final List<KeyResultNode> parents = new ArrayList<>();
    ObjectiveProgress result;

    ObjectiveNode(long id) {
      this.id = id;
    }

    @Override
    void evaluate() {
      double[] weights = Weights.normalised(keyResults.stream()
          .map(kr -> kr.facts.weight()).toList());
      double progress = 0;
      List<Contributor> terms = new ArrayList<>(keyResults.size());
      for (int i = 0; i < keyResults.size(); i++) {
        KeyResultNode kr = keyResults.get(i);
        double clamped = kr.result == null ? 0 : kr.result.clamped();
        progress += weights[i] * clamped;
        Double weight = kr.facts.weight();
        terms.add(new Contributor(Contributor.Kind.KEY_RESULT, kr.facts.id(),
            weight == null ? Double.NaN : weight, weights[i], clamped, null));
      }
      result = new ObjectiveProgress(progress, Collections.unmodifiableList(terms));
    }
  }
}
