package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** The answer of a verification: the domain's status after it and the check of every record. */
public record VerificationView(
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("status") String status,
        @JsonProperty("checked_at") Instant checkedAt,
        @JsonProperty("records") List<RecordCheck> records) {
}
