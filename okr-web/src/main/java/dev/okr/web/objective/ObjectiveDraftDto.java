package dev.okr.web.objective;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An objective as drafted or revised.
 *
 * @param ownerUnitCode      the owning unit; omitted for a personal objective
 * @param alignedKeyResultId the key result of the level above it contributes to
 */
public record ObjectiveDraftDto(
    @NotBlank @Size(max = 32) String cycleCode,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 2000) String description,
    @Size(max = 64) String ownerUnitCode,
    Boolean aspirational,
    Long alignedKeyResultId,
    @NotNull @Size(min = 2, max = 5) List<@NotNull @Valid KeyResultDraftDto> keyResults) {
}
