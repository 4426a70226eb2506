package com.penguinmails.query.cohorts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the store counts for the contacts of one cohort whose cohort time falls in one slice of time (for example one
 * UTC hour): the same counts as {@link CohortCounts}, for a part of the cohort. Counts of a cohort's slices add up to
 * the cohort's counts, because every contact has exactly one cohort time.
 *
 * <p>Arrays rather than lists of boxed numbers: a kept matrix holds one slice per cohort and hour of cohort time.
 */
public final class CohortSlice {

    private final LocalDate cohortStart;
    private final Instant sliceStart;
    private final long size;
    private final long[] active;
    private final long[] activeUnbounded;
    private final List<ConversionValue> values;

    /**
     * @param cohortStart the local date the cohort's period starts on, in the request's time zone
     * @param sliceStart the start of the slice of cohort time these contacts share
     * @param size contacts of the cohort with their cohort time in the slice
     * @param active per k: those of them with the activity in period k
     * @param activeUnbounded per k: those of them with the activity in period k or later
     * @param values their conversion value per period and currency, only where not zero
     */
    public CohortSlice(LocalDate cohortStart, Instant sliceStart, long size, long[] active, long[] activeUnbounded,
            List<ConversionValue> values) {
        this.cohortStart = Objects.requireNonNull(cohortStart, "cohortStart");
        this.sliceStart = Objects.requireNonNull(sliceStart, "sliceStart");
        if (active.length != activeUnbounded.length) {
            throw new IllegalArgumentException("active and activeUnbounded must cover the same periods");
        }
        this.size = size;
        this.active = active.clone();
        this.activeUnbounded = activeUnbounded.clone();
        this.values = List.copyOf(values);
    }

    public LocalDate cohortStart() {
        return cohortStart;
    }

    public Instant sliceStart() {
        return sliceStart;
    }

    long size() {
        return size;
    }

    int periods() {
        return active.length;
    }

    long active(int k) {
        return active[k];
    }

    long activeUnbounded(int k) {
        return activeUnbounded[k];
    }

    List<ConversionValue> values() {
        return values;
    }

    /** Numbers kept, to bound the memory kept matrices take. */
    long cells() {
        return 1 + 2L * active.length + 3L * values.size();
    }
}
