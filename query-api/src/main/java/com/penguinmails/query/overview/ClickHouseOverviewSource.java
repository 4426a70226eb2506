package com.penguinmails.query.overview;

import com.penguinmails.query.store.AnalyticsStore;
import java.time.Instant;
import java.util.Map;

/** Answers overview questions from the ClickHouse events table with {@link OverviewQuery}'s two queries. */
public final class ClickHouseOverviewSource implements OverviewSource {

    private final AnalyticsStore store;

    public ClickHouseOverviewSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public EventTotals totals(OverviewRequest request) {
        return OverviewQuery.read(store.fetch(OverviewQuery.build(request)));
    }

    @Override
    public Map<Instant, Map<String, Long>> series(OverviewRequest request) {
        return OverviewQuery.readSeries(store.fetch(OverviewQuery.buildSeries(request)));
    }
}
