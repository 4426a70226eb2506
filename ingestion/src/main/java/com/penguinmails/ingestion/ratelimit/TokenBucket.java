package com.penguinmails.ingestion.ratelimit;

/**
 * A token bucket that admits a request while it holds at least one token, and may then be charged more than it holds:
 * the debt delays later requests until refills pay it back. So a request is admitted before its real cost (the events
 * in its body) is known, and the sustained rate still holds.
 *
 * <p>Time is passed in as monotonic nanoseconds (e.g. {@link System#nanoTime()}). Thread-safe.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    /** A full bucket for {@code limit}, as of {@code nowNanos}. */
    public TokenBucket(RateLimit limit, long nowNanos) {
        this.tokensPerNano = limit.eventsPerSecond() / NANOS_PER_SECOND;
        this.capacity = limit.burst();
        this.tokens = capacity;
        this.refilledAt = nowNanos;
    }

    /**
     * Takes one token if the bucket holds at least one.
     *
     * @return 0 if it was taken, otherwise the nanoseconds until one will be there
     */
    public synchronized long tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** Takes {@code cost} more tokens regardless of what the bucket holds, going into debt if need be. */
    public synchronized void charge(double cost, long nowNanos) {
        refill(nowNanos);
        tokens -= cost;
    }

    /** Tokens held now; negative while in debt. */
    public synchronized double tokens(long nowNanos) {
        refill(nowNanos);
        return tokens;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            refilledAt = nowNanos;
        }
    }
}
