package dev.okr.domain.objective;

import java.util.List;

/**
 * An objective as a drafter writes it.
 *
 * @param ownerUnitCode        the unit that owns the objective; null for a personal objective
 * @param alignedKeyResultId   the key result of the level above this objective contributes to;
 *                             required for every objective below headquarters
 */
public record ObjectiveDraft(
    String cycleCode,
    String title,
    String description,
    String ownerUnitCode,
    boolean aspirational,
    Long alignedKeyResultId,
    List<KeyResultDraft> keyResults) {
}
