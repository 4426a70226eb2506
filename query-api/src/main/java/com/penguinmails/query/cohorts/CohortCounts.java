package com.penguinmails.query.cohorts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the store counts for one cohort: its size, active contacts per period, and conversion value per period and
 * currency. Periods are k = 0 .. n - 1 after the cohort's own.
 *
 * @param start the local date the cohort's period starts on, in the request's time zone
 * @param size contacts whose cohort time falls in the cohort's period (and the request's range)
 * @param active per k: contacts with the activity in period k
 * @param activeUnbounded per k: contacts with the activity in period k or any later period
 * @param values conversion value per period and currency, only where not zero
 */
public record CohortCounts(LocalDate start, long size, List<Long> active, List<Long> activeUnbounded,
        List<ConversionValue> values) {

    public CohortCounts {
        Objects.requireNonNull(start, "start");
        active = List.copyOf(active);
        activeUnbounded = List.copyOf(activeUnbounded);
        values = List.copyOf(values);
        if (active.size() != activeUnbounded.size()) {
            throw new IllegalArgumentException("active and activeUnbounded must cover the same periods");
        }
    }
}
