package dev.okr.web.organisation;

import java.util.List;

/** A person, with the groups the workflow engine sees them in. */
public record EmployeeDto(String username, String displayName, String email, String title,
    String role, boolean executionType, String orgUnitCode, String orgUnitName,
    List<String> groups) {
}
