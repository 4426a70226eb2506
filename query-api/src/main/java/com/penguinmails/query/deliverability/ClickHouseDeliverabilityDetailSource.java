package com.penguinmails.query.deliverability;

import com.penguinmails.query.store.AnalyticsStore;
import java.util.List;

/** Answers the bounce breakdown and the time series from the deliverability tables in ClickHouse. */
public final class ClickHouseDeliverabilityDetailSource implements DeliverabilityDetailSource {

    private final AnalyticsStore store;

    public ClickHouseDeliverabilityDetailSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<BounceCounts> bounceCounts(BounceBreakdownRequest request) {
        return BounceBreakdownQuery.read(store.fetch(BounceBreakdownQuery.build(request)));
    }

    @Override
    public List<DeliverabilityPoint> series(DeliverabilitySeriesRequest request, DeliverabilityThresholds thresholds) {
        return DeliverabilitySeriesQuery.read(store.fetch(DeliverabilitySeriesQuery.build(request)),
                request.buckets().starts(request.range()), thresholds);
    }
}
