package dev.okr.domain.spreadsheet;

/** The organisational level an imported objective is set at; the file writes it in lower case. */
public enum ObjectiveLevel {
  /** The whole company; no region. */
  COMPANY,
  /** One sales region; the region column names it. */
  REGION,
  /** A team, optionally within a region. */
  TEAM
}
