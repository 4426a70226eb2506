package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A request to erase a contact, as {@code GET /v1/erasures/{id}} shows it. The contact id is not part of it.
 *
 * @param id the request's id
 * @param contactSha256 the SHA-256 of the erased contact id (lower-case hex)
 * @param status {@code pending}, {@code completed} or {@code failed} (ask again to retry)
 * @param requestedBy the actor who asked
 * @param requestedAt when it was first asked
 * @param completedAt when it last completed, or null
 * @param attempts how many times it was processed
 * @param tables what was done per table in the last run (empty until it ran)
 * @param lastError why the last run failed, or null
 */
public record Erasure(
        @JsonProperty("id") String id,
        @JsonProperty("contact_sha256") String contactSha256,
        @JsonProperty("status") String status,
        @JsonProperty("requested_by") String requestedBy,
        @JsonProperty("requested_at") Instant requestedAt,
        @JsonProperty("completed_at") Instant completedAt,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("tables") List<TableErasure> tables,
        @JsonProperty("last_error") String lastError) {
}
