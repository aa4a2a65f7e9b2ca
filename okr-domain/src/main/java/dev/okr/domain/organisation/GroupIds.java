package dev.okr.domain.organisation;

/**
 * The group ids the organisation shows to the workflow engine. They follow the org chart, so a
 * BPMN candidate group such as {@code region-head-${regionCode}} finds the right people.
 */
public final class GroupIds {

  /** Everyone working at headquarters. */
  public static final String HQ = "hq";
  /** Every employee; Tasklist access is granted to this group. */
  public static final String STAFF = "staff";
  /** Administrators of okr and of Camunda's webapps (the name Camunda's Admin app expects). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  /** Administrators of the OKR process (candidate group in the diagrams). */
  public static final String OKR_ADMINS = "okr-admins";

  private static final String REGION_HEAD_PREFIX = "region-head-";
  private static final String TEAM_MANAGER_PREFIX = "mgr-";

  private GroupIds() {
  }

  /** The group of a region's head, for example {@code region-head-east}. */
  public static String regionHead(String regionCode) {
    return REGION_HEAD_PREFIX + regionCode;
  }

  /** The group of a provincial team's manager, for example {@code mgr-east-zhejiang}. */
  public static String teamManager(String teamCode) {
    return TEAM_MANAGER_PREFIX + teamCode;
  }

  /** The org unit code a region-head group id names, or null if it is not one. */
  public static String regionOfHeadGroup(String groupId) {
    return groupId != null && groupId.startsWith(REGION_HEAD_PREFIX)
        ? groupId.substring(REGION_HEAD_PREFIX.length()) : null;
  }

  /** The org unit code a team-manager group id names, or null if it is not one. */
  public static String teamOfManagerGroup(String groupId) {
    return groupId != null && groupId.startsWith(TEAM_MANAGER_PREFIX)
        ? groupId.substring(TEAM_MANAGER_PREFIX.length()) : null;
  }
}
