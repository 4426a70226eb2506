package com.penguinmails.query.overview;

/** Answers overview questions with event totals; implementations must confine every answer to the request's tenant. */
public interface OverviewSource {

    /**
     * Returns the totals of {@code request}'s tenant, range and campaign.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    EventTotals totals(OverviewRequest request);
}
