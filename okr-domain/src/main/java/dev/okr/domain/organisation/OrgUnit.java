package dev.okr.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A unit of the company tree: headquarters at the root, regions below it, provincial teams below
 * the regions. The code is stable and ASCII (it appears in group ids such as
 * {@code region-head-east}); the head is the person the unit's members report to.
 */
@Entity
@Table(name = "okr_org_unit")
public class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type", nullable = false)
  private OrgUnitType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(name = "head_username")
  private String headUsername;

  @Version
  private long version;

  protected OrgUnit() {
  }

  public OrgUnit(String code, String name, OrgUnitType type, OrgUnit parent) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.parent = parent;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgUnitType getType() {
    return type;
  }

  /** The unit above, or null for headquarters. */
  public OrgUnit getParent() {
    return parent;
  }

  /** Username of the unit's head, or null while the position is vacant. */
  public String getHeadUsername() {
    return headUsername;
  }

  public void appointHead(String username) {
    this.headUsername = username;
  }

  /** True when this unit is the given unit or lies below it. */
  public boolean isWithin(OrgUnit ancestor) {
    // Getters, not fields: either unit may be a lazy Hibernate proxy.
    for (OrgUnit u = this; u != null; u = u.getParent()) {
      if (u.getId() != null && u.getId().equals(ancestor.getId())) {
        return true;
      }
    }
    return false;
  }

  /** The region this unit belongs to: itself for a region, its parent for a team, else null. */
  public OrgUnit region() {
    if (type == OrgUnitType.REGION) {
      return this;
    }
    return type == OrgUnitType.TEAM ? parent : null;
  }
}
