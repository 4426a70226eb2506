package com.penguinmails.query.attribution;

import com.penguinmails.query.store.AnalyticsStore;
import java.util.Optional;

/** Answers attribution questions from the ClickHouse attribution tables with {@link AttributionQuery}. */
public final class ClickHouseAttributionSource implements AttributionSource {

    private final AnalyticsStore store;

    public ClickHouseAttributionSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public AttributionTotals totals(AttributionRequest request) {
        return AttributionQuery.read(request, store.fetch(AttributionQuery.credits(request)),
                store.fetch(AttributionQuery.unattributed(request)));
    }

    @Override
    public Optional<ConversionJourney> journey(String tenantId, String conversionId) {
        return AttributionQuery.readJourney(store.fetch(AttributionQuery.journey(tenantId, conversionId)));
    }
}
