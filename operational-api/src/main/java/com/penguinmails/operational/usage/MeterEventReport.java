package com.penguinmails.operational.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * One usage report for Stripe: {@code value} more emails for {@code stripeCustomerId}.
 *
 * @param identifier the meter event identifier ({@link MeterEventIdentifiers}), also the idempotency key
 * @param stripeCustomerId the customer ({@code cus_...})
 * @param value the emails added since the last confirmed report (positive)
 * @param timestamp when the usage happened, inside the billing period (Stripe keeps whole seconds)
 */
public record MeterEventReport(String identifier, String stripeCustomerId, long value, Instant timestamp) {

    public MeterEventReport {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(stripeCustomerId, "stripeCustomerId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (value <= 0) {
            throw new IllegalArgumentException("a usage report adds at least one email, got " + value);
        }
    }
}
