package com.penguinmails.query.overview;

import java.time.Instant;
import java.util.Map;

/** Answers overview questions; implementations must confine every answer to the request's tenant. */
public interface OverviewSource {

    /**
     * Returns the totals of {@code request}'s tenant, range, filters and audience.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    EventTotals totals(OverviewRequest request);

    /**
     * Returns the events per type in each bucket (by its start) of {@code request}'s interval and zone; buckets
     * without events may be absent.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    Map<Instant, Map<String, Long>> series(OverviewRequest request);
}
