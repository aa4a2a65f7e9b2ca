package dev.okr.web.reallocation;

import dev.okr.domain.reallocation.ResourceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A request for resources from another region.
 *
 * @param amount              people, yuan or pre-sales days, by resourceType
 * @param gainingKeyResultIds key results of the requesting region the transfer serves
 * @param losingKeyResultIds  key results of the giving region it weakens
 */
public record ReallocationDraftDto(
    @NotBlank @Size(max = 64) String requestingRegion,
    @NotBlank @Size(max = 64) String givingRegion,
    @NotNull ResourceType resourceType,
    @NotNull @Positive BigDecimal amount,
    @NotBlank @Size(max = 200) String keyAccount,
    @Size(max = 2000) String reason,
    @Size(max = 20) List<@NotNull Long> gainingKeyResultIds,
    @Size(max = 20) List<@NotNull Long> losingKeyResultIds) {
}
