package com.penguinmails.operational.usage;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.time.Instant;

/**
 * The Stripe meter event identifier of one usage report: derived from (organisation, period start, total reported
 * after it), so sending the same decision again, from any instance, carries the same identifier and Stripe counts it
 * once. 70 characters, within Stripe's limit of 100. Pure.
 */
public final class MeterEventIdentifiers {

    private MeterEventIdentifiers() {
    }

    /** {@code usage_<sha256 hex of tenant, period start millis and total>}. */
    public static String of(String tenantId, Instant periodStart, long totalAfter) {
        return "usage_" + ApiKeyHasher.sha256Hex(tenantId + "\n" + periodStart.toEpochMilli() + "\n" + totalAfter);
    }
}
