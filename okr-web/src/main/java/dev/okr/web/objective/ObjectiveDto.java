package dev.okr.web.objective;

import java.time.Instant;
import java.util.List;

/** An objective as read, with its key results in order. */
public record ObjectiveDto(Long id, String code, String cycleCode, String title,
    String description, String ownerUnitCode, String ownerUsername, String draftedByUsername,
    String status, boolean aspirational, Long alignedKeyResultId, String reviewComment,
    String processInstanceId, Instant createdAt, Instant submittedAt, Instant publishedAt,
    long version, List<KeyResultDto> keyResults) {
}
