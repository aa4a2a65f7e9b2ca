package dev.okr.domain.organisation;

/** Level of an org unit in the company tree. */
public enum OrgUnitType {
  /** Headquarters: the root, sets company objectives. */
  HQ,
  /** A sales region (战区), grouping provincial teams. */
  REGION,
  /** A provincial team inside a region. */
  TEAM
}
