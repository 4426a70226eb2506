package com.penguinmails.operational.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audit record as the API shows it.
 *
 * @param id the record's position in the trail (increasing; the pagination cursor)
 * @param actor who made the change: {@code user:<id>}, {@code key:<prefix>} or {@code service:<name>}
 * @param action what was done, e.g. {@code suppression.create}
 * @param targetType the kind of thing changed
 * @param targetId its id
 * @param before its state before the change, or null when created
 * @param after its state after the change, or null when deleted
 * @param sourceAddress the client address the change came from
 * @param occurredAt when it was recorded
 */
public record AuditEntry(
        @JsonProperty("id") long id,
        @JsonProperty("actor") String actor,
        @JsonProperty("action") String action,
        @JsonProperty("target_type") String targetType,
        @JsonProperty("target_id") String targetId,
        @JsonProperty("before") JsonNode before,
        @JsonProperty("after") JsonNode after,
        @JsonProperty("source_address") String sourceAddress,
        @JsonProperty("occurred_at") Instant occurredAt) {
}
