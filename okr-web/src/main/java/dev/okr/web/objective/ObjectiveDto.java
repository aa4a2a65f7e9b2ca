package dev.okr.web.objective;

import dev.okr.web.progress.ProgressDto;
import java.time.Instant;
import java.util.List;

/** An objective as read, with its key results in order and its computed numbers. */
public record ObjectiveDto(Long id, String code, String cycleCode, String title,
    String description, String ownerUnitCode, String ownerUsername, String draftedByUsername,
    String status, String visibility, boolean aspirational, boolean personal,
    String reviewComment, String processInstanceId, Instant createdAt, Instant submittedAt,
    Instant publishedAt, long version, List<KeyResultDto> keyResults, ProgressDto progress) {
}
