package com.penguinmails.query.overview;

import com.penguinmails.query.store.AnalyticsStore;

/** Answers overview questions from ClickHouse with {@link OverviewQuery}'s one query. */
public final class ClickHouseOverviewSource implements OverviewSource {

    private final AnalyticsStore store;

    public ClickHouseOverviewSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public OverviewCounts counts(OverviewRequest request) {
        return OverviewQuery.read(store.fetch(OverviewQuery.build(request)));
    }
}
