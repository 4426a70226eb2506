package com.penguinmails.operational.usage;

import com.penguinmails.operational.billing.BillingAccount;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Which billing period a usage question is about. Plans bill monthly: the previous period is the month before the
 * current one, on the same day of the month (UTC). Pure.
 */
public final class UsagePeriods {

    /** The periods {@code GET /v1/usage?period=} accepts. */
    public static final String CURRENT = "current";
    public static final String PREVIOUS = "previous";

    private UsagePeriods() {
    }

    /** The start of {@code period} ({@link #CURRENT} or {@link #PREVIOUS}) of {@code account}. */
    public static Instant start(BillingAccount account, String period) {
        return CURRENT.equals(period) ? account.periodStart()
                : account.periodStart().atOffset(ZoneOffset.UTC).minusMonths(1).toInstant();
    }

    /** The end (exclusive) of {@code period} of {@code account}. */
    public static Instant end(BillingAccount account, String period) {
        return CURRENT.equals(period) ? account.periodEnd() : account.periodStart();
    }
}
