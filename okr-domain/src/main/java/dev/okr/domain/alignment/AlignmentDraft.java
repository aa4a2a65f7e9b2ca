package dev.okr.domain.alignment;

import java.math.BigDecimal;

/**
 * A link as a person asks for it: to a key result above ({@code keyResultId}) or, supporting
 * only, to an objective above ({@code parentObjectiveId}); exactly one of the two.
 *
 * @param type             null means contributing for key results, supporting for objectives
 * @param weight           weight among the contributors of the key result; null counts as 1
 * @param valueKeyResultId a key result of the aligned objective whose value a summing key
 *                         result above adds up
 */
public record AlignmentDraft(Long keyResultId, Long parentObjectiveId, LinkType type,
    BigDecimal weight, Long valueKeyResultId) {
}
