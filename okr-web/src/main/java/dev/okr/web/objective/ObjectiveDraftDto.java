package dev.okr.web.objective;

import dev.okr.domain.objective.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An objective as drafted or revised. Key results given here replace the objective's key
 * results in order; leave the list out to keep them and change them one by one instead.
 *
 * @param ownerUnitCode      the owning unit; omitted for a personal objective
 * @param visibility         PUBLIC (default) or PRIVATE
 * @param alignedKeyResultId a key result above it contributes to (more links through
 *                           /objectives/{id}/alignments)
 */
public record ObjectiveDraftDto(
    @NotBlank @Size(max = 32) String cycleCode,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 2000) String description,
    @Size(max = 64) String ownerUnitCode,
    Boolean aspirational,
    Visibility visibility,
    Long alignedKeyResultId,
    @Size(max = 5) List<@NotNull @Valid KeyResultDraftDto> keyResults) {
}
