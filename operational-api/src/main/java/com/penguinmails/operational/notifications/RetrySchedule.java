package com.penguinmails.operational.notifications;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff from {@code initialDelay}, multiplied by
 * {@code multiplier} after each failure and capped at {@code maxDelay}, with ±{@code jitter} (a fraction) of random
 * spread so failed deliveries to one receiver do not return all at once; after {@code maxAttempts} attempts, never
 * (the delivery is parked). The defaults (30 s doubling to 1 h, 31 attempts) retry for about 24 hours. Pure.
 *
 * @param initialDelay the wait after the first failed attempt
 * @param multiplier how much each further wait grows, at least 1
 * @param maxDelay the longest wait
 * @param maxAttempts attempts in all, at least 1
 * @param jitter the random spread as a fraction of the wait, 0 to 1
 */
public record RetrySchedule(Duration initialDelay, double multiplier, Duration maxDelay, int maxAttempts,
        double jitter) {

    /** The production schedule: 30 s, 1 min, 2 min, ... 32 min, then hourly; 31 attempts over about 24 hours. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), 2.0, Duration.ofHours(1), 31,
            0.2);

    public RetrySchedule {
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1 || maxAttempts < 1
                || jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("invalid retry schedule");
        }
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} attempts all failed, or empty when no attempt is
     * left.
     *
     * @param random a uniform random number in [0, 1) that places the jitter
     */
    public Optional<Duration> delayAfter(int attemptsMade, double random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double base = Math.min(initialDelay.toMillis() * Math.pow(multiplier, attemptsMade - 1),
                (double) maxDelay.toMillis());
        double spread = base * jitter * (2 * random - 1);
        return Optional.of(Duration.ofMillis(Math.round(base + spread)));
    }

    /** The sum of every wait without jitter: how long a delivery that always fails is retried before it is parked. */
    public Duration totalWait() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            total = total.plusMillis((long) Math.min(initialDelay.toMillis() * Math.pow(multiplier, attempt - 1),
                    (double) maxDelay.toMillis()));
        }
        return total;
    }
}
