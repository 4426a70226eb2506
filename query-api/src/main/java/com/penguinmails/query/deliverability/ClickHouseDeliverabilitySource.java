package com.penguinmails.query.deliverability;

import com.penguinmails.query.store.AnalyticsStore;
import java.util.List;

/** Answers deliverability questions from the ClickHouse deliverability tables with {@link DeliverabilityQuery}. */
public final class ClickHouseDeliverabilitySource implements DeliverabilitySource {

    private final AnalyticsStore store;

    public ClickHouseDeliverabilitySource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<DeliverabilityGroup> groups(DeliverabilityRequest request) {
        return DeliverabilityQuery.read(store.fetch(DeliverabilityQuery.build(request)));
    }
}
