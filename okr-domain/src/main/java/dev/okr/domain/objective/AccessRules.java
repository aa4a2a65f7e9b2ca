package dev.okr.domain.objective;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.EmployeeRole;
import dev.okr.domain.organisation.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may see and change which OKRs. A person edits their own objectives and key results, a
 * unit's head those of the unit and of every unit below it (a team manager the team's, a region
 * head the region's), HQ strategy and administrators everything. Published public objectives
 * are visible to everyone; private ones and drafts only to their owner, drafter and the heads
 * above them. Hidden objects are reported as unknown so ids cannot be probed.
 */
@ApplicationScoped
public class AccessRules {

  @Inject
  Directory directory;

  /** HQ strategy and administrators: may do everything, including cycles. */
  public boolean isStrategist(Employee actor) {
    return actor.isAdministrator() || actor.getRole() == EmployeeRole.HQ_STRATEGY;
  }

  /** True for strategists and the head of the unit or of a unit above it. */
  public boolean mayManage(Employee actor, OrgUnit unit) {
    if (isStrategist(actor)) {
      return true;
    }
    for (OrgUnit u = unit; u != null; u = u.getParent()) {
      if (actor.getUsername().equals(u.getHeadUsername())) {
        return true;
      }
    }
    return false;
  }

  public boolean mayEdit(Employee actor, Objective objective) {
    return sameUser(actor, objective.getOwner()) || sameUser(actor, objective.getDraftedBy())
        || mayManage(actor, objective.getOwnerUnit());
  }

  public boolean maySee(Employee actor, Objective objective) {
    if (objective.getStatus() == ObjectiveStatus.PUBLISHED
        && objective.getVisibility() == Visibility.PUBLIC) {
      return true;
    }
    return mayEdit(actor, objective);
  }

  /** The owner of the key result, and whoever may edit its objective. */
  public boolean mayCheckIn(Employee actor, KeyResult keyResult) {
    return sameUser(actor, keyResult.getOwner()) || mayEdit(actor, keyResult.getObjective());
  }

  /**
   * Ids of the units whose non-public objectives the actor may see: those the actor heads and
   * all below them. Null means every unit (strategists).
   */
  public Set<Long> managedUnitIds(Employee actor) {
    if (isStrategist(actor)) {
      return null;
    }
    List<OrgUnit> units = directory.orgUnits();
    Map<Long, List<OrgUnit>> children = new HashMap<>();
    for (OrgUnit unit : units) {
      if (unit.getParent() != null) {
        children.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>())
            .add(unit);
      }
    }
    Set<Long> managed = new HashSet<>();
    ArrayDeque<OrgUnit> pending = new ArrayDeque<>();
    for (OrgUnit unit : units) {
      if (actor.getUsername().equals(unit.getHeadUsername())) {
        pending.add(unit);
      }
    }
    while (!pending.isEmpty()) {
      OrgUnit unit = pending.poll();
      if (managed.add(unit.getId())) {
        pending.addAll(children.getOrDefault(unit.getId(), List.of()));
      }
    }
    return managed;
  }

  private static boolean sameUser(Employee a, Employee b) {
    return b != null && Objects.equals(a.getUsername(), b.getUsername());
  }
}
