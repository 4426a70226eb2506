package com.penguinmails.operational.usage;

import java.time.Instant;

/**
 * One billing period's reporting state (table {@code usage_reports}).
 *
 * @param reportedTotal emails Stripe has confirmed for the period
 * @param pendingTotal the total after the decided but unconfirmed report, or null
 * @param pendingValue that report's value (pendingTotal - reportedTotal at the decision), or null
 * @param pendingIdentifier that report's meter event identifier, or null
 * @param pendingEventName that report's meter event name, or null (also when decided before it was stored)
 * @param pendingTimestamp that report's meter event timestamp, or null (also when decided before it was stored)
 */
public record UsageReportRow(String tenantId, Instant periodStart, Instant periodEnd, String stripeCustomerId,
        long reportedTotal, Long pendingTotal, Long pendingValue, String pendingIdentifier, String pendingEventName,
        Instant pendingTimestamp) {

    /** Whether a decided report still waits for Stripe's confirmation. */
    public boolean hasPending() {
        return pendingIdentifier != null;
    }

    /** Whether the pending report's whole request is stored (not so for a report decided before V91). */
    public boolean hasPendingRequest() {
        return hasPending() && pendingTimestamp != null;
    }

    /** The pending report's request, the same every time it is sent. */
    public MeterEventReport pendingReport() {
        if (!hasPendingRequest()) {
            throw new IllegalStateException("no stored pending report for " + tenantId + " from " + periodStart);
        }
        return new MeterEventReport(pendingIdentifier, pendingEventName, stripeCustomerId, pendingValue,
                pendingTimestamp);
    }
}
