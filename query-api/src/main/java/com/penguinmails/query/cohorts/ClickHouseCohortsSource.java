package com.penguinmails.query.cohorts;

import com.penguinmails.query.store.AnalyticsStore;
import java.time.Duration;
import java.util.List;

/** Answers cohort questions from the ClickHouse {@code cohort_activity} table with {@link CohortsQuery}. */
public final class ClickHouseCohortsSource implements CohortsSource {

    private final AnalyticsStore store;

    public ClickHouseCohortsSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<CohortSlice> slices(CohortsRequest request, Duration sliceLength) {
        return CohortsQuery.read(store.fetch(CohortsQuery.build(request, sliceLength)), sliceLength);
    }
}
