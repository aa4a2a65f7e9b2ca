package dev.okr.domain.checkin;

/** Who or what wrote a check-in. */
public enum CheckInSource {
  /** A person, through the UI or the API. */
  MANUAL,
  /** An integration event (CRM, Jira, Feishu); the check-in links back to it. */
  INTEGRATION,
  /** A spreadsheet import. */
  IMPORT
}
