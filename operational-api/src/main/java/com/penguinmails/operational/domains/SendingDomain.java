package com.penguinmails.operational.domains;

import java.time.Instant;

/**
 * A sending domain as stored.
 *
 * @param trackingDomain the custom tracking domain, or null when the platform's own tracking host is used
 * @param status {@code pending} until every required record was found once, then {@code verified}, or {@code failing}
 *     when a later check no longer finds them
 * @param verifiedAt when a check last found every required record, or null
 * @param lastCheckedAt when records were last checked, or null
 * @param trackingVerifiedAt when the tracking CNAME was first found while the domain verified, or null; from then on
 *     ingestion serves the tracking domain for this tenant
 */
public record SendingDomain(
        String id,
        String tenantId,
        String workspaceId,
        String name,
        String bounceDomain,
        String trackingDomain,
        DmarcStage dmarcStage,
        String status,
        Instant createdAt,
        Instant verifiedAt,
        Instant lastCheckedAt,
        Instant trackingVerifiedAt) {
}
