package com.penguinmails.streamjobs.health;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one sending scope's health, one row of the ClickHouse table {@code sending_health}: the counts and
 * rates of its last 24 hours and 7 days and the {@link HealthAssessment} made from them.
 *
 * @param tenantId the tenant
 * @param scopeKind {@code sending_domain}, {@code mailbox} or {@code sending_ip}
 * @param scopeValue e.g. {@code send.acme.io}
 * @param mailboxProvider the recipients' mailbox provider these counts are limited to; empty for all providers
 * @param asOf the end of both windows: the newest event time seen for the scope
 * @param version increases with every snapshot of the scope; the table keeps the highest
 * @param day counts of the 24 hours up to {@code asOf}
 * @param week counts of the 7 days up to {@code asOf}
 * @param assessment the verdict on these counts
 */
public record SendingHealth(String tenantId, String scopeKind, String scopeValue, String mailboxProvider, Instant asOf,
        long version, WindowCounts day, WindowCounts week, HealthAssessment assessment) {

    /** Checks that nothing is null. */
    public SendingHealth {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(scopeValue, "scopeValue");
        Objects.requireNonNull(mailboxProvider, "mailboxProvider");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(assessment, "assessment");
    }
}
