package com.penguinmails.streamjobs.clickhouse;

import java.io.Serializable;
import java.time.Duration;

/**
 * How often and how patiently a failed ClickHouse insert is retried: exponential delays, doubling from
 * {@code initialDelay} up to {@code maxDelay}, for at most {@code maxAttempts} attempts in all.
 *
 * @param maxAttempts attempts in all, the first included; at least 1
 * @param initialDelay the wait after the first failure; positive
 * @param maxDelay the longest wait between two attempts; not below {@code initialDelay}
 */
public record Backoff(int maxAttempts, Duration initialDelay, Duration maxDelay) implements Serializable {

    /** Checks the bounds. */
    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + maxAttempts);
        }
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Need 0 < initialDelay <= maxDelay, got " + initialDelay + " and "
                    + maxDelay);
        }
    }

    /** Whether another attempt may follow the given number of failed attempts. */
    public boolean allowsAnotherAttemptAfter(int failedAttempts) {
        return failedAttempts < maxAttempts;
    }

    /**
     * The wait before the next attempt, after {@code failedAttempts} failures in a row.
     *
     * @param failedAttempts failures so far, at least 1
     */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No failure yet: " + failedAttempts);
        }
        Duration delay = initialDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
