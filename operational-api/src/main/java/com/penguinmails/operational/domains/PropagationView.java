package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of a propagation check: each configured resolver's view of the records.
 *
 * @param consistent whether every resolver saw every record the same way (same status and values)
 */
public record PropagationView(
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("checked_at") Instant checkedAt,
        @JsonProperty("consistent") boolean consistent,
        @JsonProperty("resolvers") List<ResolverView> resolvers) {

    /** One resolver's view: whether it found every required record, and the check of each. */
    public record ResolverView(
            @JsonProperty("resolver") String resolver,
            @JsonProperty("all_required_found") boolean allRequiredFound,
            @JsonProperty("records") List<RecordCheck> records) {
    }
}
