package com.penguinmails.operational.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code servers}: a sending server of a workspace and the provisioning worker's bookkeeping.
 *
 * @param providerServerId the provider's id, or null until known
 * @param name the deterministic name the server carries at the provider
 * @param monthlyCost the price per month, in {@code currency}
 * @param attempts failed attempts of the current step
 * @param createSentAt when the first create call went out, or null before it
 * @param lastError the last provider error, or null
 * @param activeAt when the server became active (its charge starts), or null
 * @param deletedAt when it was terminated (its charge ends), or null
 */
public record Server(
        String id,
        String tenantId,
        String workspaceId,
        String provider,
        String providerServerId,
        String name,
        String region,
        String plan,
        ServerStatus status,
        String idempotencyKey,
        BigDecimal monthlyCost,
        String currency,
        int attempts,
        Instant nextAttemptAt,
        Instant createSentAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant activeAt,
        Instant deletedAt) {
}
