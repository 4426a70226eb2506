package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A sending domain as the API shows it (also the before/after of its audit records). */
public record DomainView(
        @JsonProperty("id") String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("name") String name,
        @JsonProperty("bounce_domain") String bounceDomain,
        @JsonProperty("tracking_domain") String trackingDomain,
        @JsonProperty("dmarc_stage") DmarcStage dmarcStage,
        @JsonProperty("status") String status,
        @JsonProperty("dkim_keys") List<DkimKeyView> dkimKeys,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("verified_at") Instant verifiedAt,
        @JsonProperty("last_checked_at") Instant lastCheckedAt,
        @JsonProperty("tracking_verified_at") Instant trackingVerifiedAt) {

    static DomainView of(SendingDomain domain, List<DkimKey> keys) {
        return new DomainView(domain.id(), domain.workspaceId(), domain.name(), domain.bounceDomain(),
                domain.trackingDomain(), domain.dmarcStage(), domain.status(),
                keys.stream().map(DkimKeyView::of).toList(), domain.createdAt(), domain.verifiedAt(),
                domain.lastCheckedAt(), domain.trackingVerifiedAt());
    }
}
