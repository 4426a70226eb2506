package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of a tenant's suppression list.
 *
 * @param id the entry's id
 * @param contactId the suppressed contact, or null for an address-only entry
 * @param contactSha256 the SHA-256 of the contact id, for an entry kept after the contact was erased, or null
 * @param emailSha256 the SHA-256 of the suppressed normalised address (lower-case hex), or null
 * @param reason why it was first suppressed
 * @param source {@code event} (from an event) or {@code manual}
 * @param note a free-text note of a manual entry, or null
 * @param lastReason the reason of the latest sighting (an unsubscribe after a complaint, say)
 * @param lastSeenAt when it was last seen (the latest event's time, or when it was added)
 * @param createdBy the actor who added it, or {@code service:events} for entries from events
 * @param createdAt when it was added
 */
public record Suppression(
        @JsonProperty("id") long id,
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("contact_sha256") String contactSha256,
        @JsonProperty("email_sha256") String emailSha256,
        @JsonProperty("reason") SuppressionReason reason,
        @JsonProperty("source") String source,
        @JsonProperty("note") String note,
        @JsonProperty("last_reason") SuppressionReason lastReason,
        @JsonProperty("last_seen_at") Instant lastSeenAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") Instant createdAt) {
}
