package com.penguinmails.operational.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * One usage report for Stripe, the whole meter event request: {@code value} more emails for {@code stripeCustomerId}.
 * Fixed when the report is decided and stored with it, so every resend is the same request.
 *
 * @param identifier the meter event identifier ({@link MeterEventIdentifiers}), also the idempotency key
 * @param eventName the meter's event name, e.g. {@code emails_sent}
 * @param stripeCustomerId the customer ({@code cus_...})
 * @param value the emails added since the last confirmed report (positive)
 * @param timestamp when the usage happened, inside the billing period, in whole seconds (as Stripe keeps it)
 */
public record MeterEventReport(String identifier, String eventName, String stripeCustomerId, long value,
        Instant timestamp) {

    public MeterEventReport {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(stripeCustomerId, "stripeCustomerId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (value <= 0) {
            throw new IllegalArgumentException("a usage report adds at least one email, got " + value);
        }
        if (timestamp.getNano() != 0) {
            throw new IllegalArgumentException("a usage report's timestamp is in whole seconds, got " + timestamp);
        }
    }
}
