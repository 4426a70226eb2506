package com.penguinmails.streamjobs.health;

import java.util.Arrays;

/**
 * The totals of every {@link Counter} over one window of a scope's traffic. Immutable.
 */
public final class WindowCounts {

    private static final int SIZE = Counter.values().length;

    /** A window with no traffic. */
    public static final WindowCounts EMPTY = new WindowCounts(new long[SIZE]);

    private final long[] totals;

    private WindowCounts(long[] totals) {
        this.totals = totals;
    }

    /** Totals indexed by {@link Counter#ordinal()}; the array is copied. */
    public static WindowCounts of(long[] totals) {
        if (totals.length != SIZE) {
            throw new IllegalArgumentException("Expected " + SIZE + " totals, got " + totals.length);
        }
        return new WindowCounts(totals.clone());
    }

    /** Builds counts from pairs of counter and total, for tests and documentation examples. */
    public static WindowCounts with(Object... counterThenTotal) {
        long[] totals = new long[SIZE];
        for (int i = 0; i < counterThenTotal.length; i += 2) {
            totals[((Counter) counterThenTotal[i]).ordinal()] = ((Number) counterThenTotal[i + 1]).longValue();
        }
        return new WindowCounts(totals);
    }

    /** The total of one counter. */
    public long get(Counter counter) {
        return totals[counter.ordinal()];
    }

    /** {@code numerator / denominator} of this window, 0 when the denominator is 0. */
    public double rate(Counter numerator, Counter denominator) {
        long total = get(denominator);
        return total == 0 ? 0.0 : (double) get(numerator) / total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WindowCounts counts && Arrays.equals(totals, counts.totals);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(totals);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("WindowCounts{");
        for (Counter counter : Counter.values()) {
            if (totals[counter.ordinal()] != 0) {
                text.append(counter).append('=').append(totals[counter.ordinal()]).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
