package com.penguinmails.query.cohorts;

import java.time.Duration;
import java.util.List;

/** Where cohort counts come from: ClickHouse in the service, a fake in resource tests. */
public interface CohortsSource {

    /**
     * The counts answering {@code request}, per cohort with at least one contact and per slice of cohort time of
     * {@code sliceLength} (counted from the epoch).
     */
    List<CohortSlice> slices(CohortsRequest request, Duration sliceLength);
}
