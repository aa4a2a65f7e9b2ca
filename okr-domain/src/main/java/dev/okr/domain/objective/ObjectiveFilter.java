package dev.okr.domain.objective;

import java.time.LocalDate;

/**
 * Which objectives a list shows; null fields match anything.
 *
 * @param ownerUsername the accountable person
 * @param ownerUnitCode the owning unit
 * @param overlapsFrom  with overlapsTo: only objectives whose cycle overlaps this period, so a
 *                      cycle from November to January shows in both quarters it touches
 */
public record ObjectiveFilter(String cycleCode, String ownerUsername, String ownerUnitCode,
    ObjectiveStatus status, LocalDate overlapsFrom, LocalDate overlapsTo) {

  public ObjectiveFilter(String cycleCode, String ownerUsername, String ownerUnitCode,
      ObjectiveStatus status) {
    this(cycleCode, ownerUsername, ownerUnitCode, status, null, null);
  }
}
