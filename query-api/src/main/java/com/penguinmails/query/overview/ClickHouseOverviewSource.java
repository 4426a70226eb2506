package com.penguinmails.query.overview;

import com.penguinmails.query.store.AnalyticsStore;

/** Answers overview questions from the ClickHouse events table with {@link OverviewQuery}. */
public final class ClickHouseOverviewSource implements OverviewSource {

    private final AnalyticsStore store;

    public ClickHouseOverviewSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public EventTotals totals(OverviewRequest request) {
        return OverviewQuery.read(store.fetch(OverviewQuery.build(request)));
    }
}
