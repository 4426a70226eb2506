package com.penguinmails.query.cohorts;

import java.util.List;

/** Where cohort counts come from: ClickHouse in the service, a fake in resource tests. */
public interface CohortsSource {

    /** The counts of every cohort with at least one contact that answers {@code request}, oldest first. */
    List<CohortCounts> cohorts(CohortsRequest request);
}
