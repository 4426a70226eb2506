package com.penguinmails.operational.usage;

import java.time.Duration;

/**
 * Exponential backoff between attempts: {@code initial}, then doubled each time up to {@code max}. Pure.
 *
 * @param attempts how many attempts in all (at least 1)
 */
public record Backoff(int attempts, Duration initial, Duration max) {

    public Backoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** How long to wait after failed attempt {@code attempt} (1-based) before the next one. */
    public Duration delayAfter(int attempt) {
        long millis = initial.toMillis();
        for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
