package com.penguinmails.streamjobs.health;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a scope's events in event-time buckets: minute buckets for the last 24 hours and hour buckets for the
 * last 7 days, so that any window up to 7 days can be summed without keeping events.
 *
 * <p>A window of length {@code W} ending at time {@code t} is the buckets whose start lies in
 * {@code (bucket(t) - W, bucket(t)]}: minute buckets when {@code W <= 24 h}, else hour buckets (so the 24-hour window
 * is the 1,440 minutes up to and including the minute of {@code t}, and the 7-day window the 168 hours up to and
 * including the hour of {@code t}). Windows must be whole minutes (whole hours above 24 h).
 *
 * <p>Buckets are sparse (only buckets with traffic exist) and pruned relative to the newest time seen, so a late
 * event older than the retention is ignored. Not thread-safe; a Flink keyed state value (Kryo-serialised), hence the
 * mutable fields and no-argument constructor.
 */
public final class RollingCounters {

    /** Bucket length of the fine buckets. */
    public static final Duration MINUTE = Duration.ofMinutes(1);
    /** Bucket length of the coarse buckets. */
    public static final Duration HOUR = Duration.ofHours(1);
    /** How far back fine buckets are kept. */
    public static final Duration FINE_RETENTION = Duration.ofHours(24);
    /** How far back coarse buckets are kept: the longest window. */
    public static final Duration COARSE_RETENTION = Duration.ofDays(7);

    private static final long MINUTE_MS = MINUTE.toMillis();
    private static final long HOUR_MS = HOUR.toMillis();
    private static final int SIZE = Counter.values().length;

    private TreeMap<Long, long[]> minutes = new TreeMap<>();
    private TreeMap<Long, long[]> hours = new TreeMap<>();
    private long newestMillis = Long.MIN_VALUE;

    /** Empty counters. */
    public RollingCounters() {
    }

    /**
     * Adds one to each counter in {@code counterBits} (a mask of {@link Counter#bit()}) at event time
     * {@code occurredAtMillis}.
     *
     * @return false if the event was older than the retention and ignored
     */
    public boolean add(long occurredAtMillis, int counterBits) {
        if (occurredAtMillis > newestMillis) {
            newestMillis = occurredAtMillis;
            prune();
        }
        long hour = floor(occurredAtMillis, HOUR_MS);
        if (hour <= floor(newestMillis, HOUR_MS) - COARSE_RETENTION.toMillis()) {
            return false;
        }
        addTo(hours.computeIfAbsent(hour, start -> new long[SIZE]), counterBits);
        long minute = floor(occurredAtMillis, MINUTE_MS);
        if (minute > floor(newestMillis, MINUTE_MS) - FINE_RETENTION.toMillis()) {
            addTo(minutes.computeIfAbsent(minute, start -> new long[SIZE]), counterBits);
        }
        return true;
    }

    /** The newest event time added, in epoch milliseconds; {@link Long#MIN_VALUE} when nothing was added. */
    public long newestMillis() {
        return newestMillis;
    }

    /** Whether nothing is counted any more (all buckets expired or nothing added). */
    public boolean isEmpty() {
        return hours.isEmpty();
    }

    /**
     * Totals over the window of length {@code window} ending at {@code endMillis} (see the class comment).
     *
     * @throws IllegalArgumentException if the window is not positive, above 7 days, or not whole minutes (whole
     *     hours above 24 h)
     */
    public WindowCounts window(Duration window, long endMillis) {
        checkWindow(window);
        boolean fine = window.compareTo(FINE_RETENTION) <= 0;
        long bucket = fine ? MINUTE_MS : HOUR_MS;
        long last = floor(endMillis, bucket);
        long firstExclusive = last - window.toMillis();
        long[] totals = new long[SIZE];
        for (long[] counts : (fine ? minutes : hours).subMap(firstExclusive, false, last, true).values()) {
            for (int i = 0; i < SIZE; i++) {
                totals[i] += counts[i];
            }
        }
        return WindowCounts.of(totals);
    }

    /**
     * Moves the newest time forward without an event (a scope that went quiet) and drops buckets that fell out of
     * the retention; an earlier time changes nothing.
     */
    public void advanceTo(long millis) {
        if (millis > newestMillis) {
            newestMillis = millis;
            prune();
        }
    }

    /**
     * Checks that a window can be summed by {@link #window}.
     *
     * @throws IllegalArgumentException if it cannot
     */
    public static void checkWindow(Duration window) {
        if (window.isNegative() || window.isZero() || window.compareTo(COARSE_RETENTION) > 0) {
            throw new IllegalArgumentException("A window must be above 0 and at most 7 days: " + window);
        }
        long unit = window.compareTo(FINE_RETENTION) <= 0 ? MINUTE_MS : HOUR_MS;
        if (window.toMillis() % unit != 0) {
            throw new IllegalArgumentException(
                    "A window must be whole minutes (whole hours above 24 h): " + window);
        }
    }

    private void prune() {
        dropBefore(minutes, floor(newestMillis, MINUTE_MS) - FINE_RETENTION.toMillis());
        dropBefore(hours, floor(newestMillis, HOUR_MS) - COARSE_RETENTION.toMillis());
    }

    private static void dropBefore(TreeMap<Long, long[]> buckets, long inclusiveLimit) {
        Map<Long, long[]> expired = buckets.headMap(inclusiveLimit, true);
        expired.clear();
    }

    private static void addTo(long[] counts, int counterBits) {
        for (int bits = counterBits; bits != 0; bits &= bits - 1) {
            counts[Integer.numberOfTrailingZeros(bits)]++;
        }
    }

    private static long floor(long millis, long unit) {
        return Math.floorDiv(millis, unit) * unit;
    }
}
