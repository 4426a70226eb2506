package com.penguinmails.ingestion.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-tenant token buckets: each tenant gets its override's limit, or the default one. Buckets are created on a
 * tenant's first request. Thread-safe.
 */
public final class RateLimiter {

    private final RateLimit defaultLimit;
    private final Map<String, RateLimit> tenantLimits;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param tenantLimits limits that replace the default for the tenants named
     * @param nanoClock monotonic nanoseconds, {@code System::nanoTime} outside tests
     */
    public RateLimiter(RateLimit defaultLimit, Map<String, RateLimit> tenantLimits, LongSupplier nanoClock) {
        this.defaultLimit = defaultLimit;
        this.tenantLimits = Map.copyOf(tenantLimits);
        this.nanoClock = nanoClock;
    }

    /** The limit that applies to {@code tenantId}. */
    public RateLimit limitOf(String tenantId) {
        return tenantLimits.getOrDefault(tenantId, defaultLimit);
    }

    /**
     * Admits one request of {@code tenantId} if its bucket holds a token, and takes that token.
     *
     * @return 0 if admitted, otherwise the nanoseconds until a request would be
     */
    public long tryAdmit(String tenantId) {
        return bucket(tenantId).tryTake(nanoClock.getAsLong());
    }

    /**
     * Admits one request against the bucket {@code bucketId} with its own {@code limit} (e.g. one API key's), created
     * full on first use, and takes a token.
     *
     * @return 0 if admitted, otherwise the nanoseconds until a request would be
     */
    public long tryAdmit(String bucketId, RateLimit limit) {
        return buckets.computeIfAbsent(bucketId, bucket -> new TokenBucket(limit, nanoClock.getAsLong()))
                .tryTake(nanoClock.getAsLong());
    }

    /** Charges {@code cost} more tokens to {@code tenantId}, e.g. for the events of a request already admitted. */
    public void charge(String tenantId, double cost) {
        if (cost > 0) {
            bucket(tenantId).charge(cost, nanoClock.getAsLong());
        }
    }

    private TokenBucket bucket(String tenantId) {
        return buckets.computeIfAbsent(tenantId, tenant -> new TokenBucket(limitOf(tenant), nanoClock.getAsLong()));
    }
}
