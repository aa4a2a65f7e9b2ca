package dev.okr.domain.objective;

/**
 * Which objectives a list shows; null fields match anything.
 *
 * @param ownerUsername the accountable person
 * @param ownerUnitCode the owning unit
 */
public record ObjectiveFilter(String cycleCode, String ownerUsername, String ownerUnitCode,
    ObjectiveStatus status) {
}
