package dev.okr.domain.organisation;

import java.util.Set;

/**
 * Criteria for finding people; every null criterion is ignored. Like-patterns use {@code %} as
 * the wildcard, as the workflow engine's user query does.
 */
public record PersonSearch(
    String username,
    Set<String> usernames,
    String familyName,
    String familyNameLike,
    String givenName,
    String givenNameLike,
    String email,
    String emailLike,
    String groupId,
    String orgUnitCode) {

  public static PersonSearch all() {
    return new PersonSearch(null, null, null, null, null, null, null, null, null, null);
  }

  public static PersonSearch inOrgUnit(String orgUnitCode) {
    return new PersonSearch(null, null, null, null, null, null, null, null, null, orgUnitCode);
  }
}
