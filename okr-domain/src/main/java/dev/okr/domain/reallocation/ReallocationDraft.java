package dev.okr.domain.reallocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request as a region head (or a calibration) makes it.
 *
 * @param gainingKeyResultIds key results of the requesting region the transfer serves
 * @param losingKeyResultIds  key results of the giving region it weakens
 */
public record ReallocationDraft(String requestingRegion, String givingRegion,
    ResourceType resourceType, BigDecimal amount, String keyAccount, String reason,
    List<Long> gainingKeyResultIds, List<Long> losingKeyResultIds) {
}
