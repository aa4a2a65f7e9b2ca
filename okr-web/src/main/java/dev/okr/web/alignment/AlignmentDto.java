package dev.okr.web.alignment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A link from an objective up to a key result (or, supporting only, to an objective).
 *
 * @param objectiveId       the aligned (lower) objective
 * @param targetObjectiveId the objective above, whichever way the link is made
 */
public record AlignmentDto(Long id, Long objectiveId, Long keyResultId, Long parentObjectiveId,
    Long targetObjectiveId, String type, BigDecimal weight, Long valueKeyResultId,
    Instant createdAt, String createdBy, long version) {
}
