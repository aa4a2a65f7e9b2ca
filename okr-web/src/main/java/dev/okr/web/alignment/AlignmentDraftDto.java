package dev.okr.web.alignment;

import dev.okr.domain.alignment.LinkType;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A link as asked for: {@code keyResultId} to align to a key result above, or
 * {@code parentObjectiveId} to support an objective as a whole; exactly one.
 *
 * @param type             CONTRIBUTING (counts in the roll-up) or SUPPORTING (shown only)
 * @param valueKeyResultId for a summing key result above: which of this objective's key
 *                         results supplies the value to add
 */
public record AlignmentDraftDto(Long keyResultId, Long parentObjectiveId, LinkType type,
    @PositiveOrZero BigDecimal weight, Long valueKeyResultId) {
}
