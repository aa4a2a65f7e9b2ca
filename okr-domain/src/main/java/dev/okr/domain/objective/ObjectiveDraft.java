package dev.okr.domain.objective;

import java.util.List;

/**
 * An objective as a drafter writes it.
 *
 * @param ownerUnitCode      the unit that owns the objective; null for a personal objective
 * @param visibility         null means public
 * @param alignedKeyResultId a key result above that this objective contributes to; a
 *                           convenience for the common single link, more links are added
 *                           through the alignment API. Null adds no link.
 */
public record ObjectiveDraft(
    String cycleCode,
    String title,
    String description,
    String ownerUnitCode,
    boolean aspirational,
    Visibility visibility,
    Long alignedKeyResultId,
    List<KeyResultDraft> keyResults) {
}
