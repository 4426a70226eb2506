package com.penguinmails.operational.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-ups per source address with one in-memory token bucket per address: {@code burst} at once, refilled at
 * {@code perHour}. In memory and per instance: behind several instances the limit multiplies by their number, which is
 * acceptable for abuse control. Buckets that have refilled completely are forgotten, so memory stays bounded by recent
 * callers.
 */
public final class SignUpThrottle {

    private static final class Bucket {
        double tokens;
        Instant updated;

        Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int burst;
    private final double tokensPerSecond;

    public SignUpThrottle(Clock clock, int burst, int perHour) {
        this.clock = clock;
        this.burst = burst;
        this.tokensPerSecond = perHour / 3600.0;
    }

    /** Takes one sign-up for {@code sourceAddress}; false when its bucket is empty. */
    public boolean tryAcquire(String sourceAddress) {
        Instant now = clock.instant();
        if (buckets.size() > 10_000) {
            forgetFullBuckets(now);
        }
        boolean[] granted = {false};
        buckets.compute(sourceAddress, (address, bucket) -> {
            Bucket current = bucket == null ? new Bucket(burst, now) : refilled(bucket, now);
            if (current.tokens >= 1) {
                current.tokens -= 1;
                granted[0] = true;
            }
            return current;
        });
        return granted[0];
    }

    private Bucket refilled(Bucket bucket, Instant now) {
        double seconds = Math.max(0, Duration.between(bucket.updated, now).toMillis() / 1000.0);
        bucket.tokens = Math.min(burst, bucket.tokens + seconds * tokensPerSecond);
        bucket.updated = now;
        return bucket;
    }

    private void forgetFullBuckets(Instant now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (refilled(it.next(), now).tokens >= burst) {
                it.remove();
            }
        }
    }
}
