package dev.okr.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audited change.
 *
 * @param before the object's fields before the change; null for a creation
 * @param after  the object's fields after the change; null for a deletion
 */
public record AuditEntryDto(Long id, Instant occurredAt, String actor, String action,
    String entityType, String entityId, String detail, JsonNode before, JsonNode after) {
}
