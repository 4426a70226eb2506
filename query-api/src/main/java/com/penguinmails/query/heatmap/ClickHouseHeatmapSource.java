package com.penguinmails.query.heatmap;

import com.penguinmails.query.store.AnalyticsStore;

/** Answers heatmap questions from the ClickHouse {@code engagement_heatmap} table with {@link HeatmapQuery}. */
public final class ClickHouseHeatmapSource implements HeatmapSource {

    private final AnalyticsStore store;

    public ClickHouseHeatmapSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public Heatmap heatmap(HeatmapRequest request) {
        return HeatmapQuery.read(store.fetch(HeatmapQuery.build(request)));
    }
}
