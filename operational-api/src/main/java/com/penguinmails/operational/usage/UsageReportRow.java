package com.penguinmails.operational.usage;

import java.time.Instant;

/**
 * One billing period's reporting state (table {@code usage_reports}).
 *
 * @param reportedTotal emails Stripe has confirmed for the period
 * @param pendingTotal the total after the decided but unconfirmed report, or null
 * @param pendingValue that report's value (pendingTotal - reportedTotal at the decision), or null
 * @param pendingIdentifier that report's meter event identifier, or null
 */
public record UsageReportRow(String tenantId, Instant periodStart, Instant periodEnd, String stripeCustomerId,
        long reportedTotal, Long pendingTotal, Long pendingValue, String pendingIdentifier) {

    /** Whether a decided report still waits for Stripe's confirmation. */
    public boolean hasPending() {
        return pendingIdentifier != null;
    }
}
