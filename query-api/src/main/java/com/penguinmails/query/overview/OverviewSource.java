package com.penguinmails.query.overview;

/** Answers overview questions; implementations must confine every answer to the request's tenant. */
public interface OverviewSource {

    /**
     * Returns the counts of {@code request}'s tenant, range, filters, audience, interval and zone.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    OverviewCounts counts(OverviewRequest request);
}
