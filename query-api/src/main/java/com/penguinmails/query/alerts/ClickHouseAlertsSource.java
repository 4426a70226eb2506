package com.penguinmails.query.alerts;

import com.penguinmails.query.store.AnalyticsStore;
import java.util.List;

/** Answers alert questions from the ClickHouse {@code alerts} table with {@link AlertsQuery}. */
public final class ClickHouseAlertsSource implements AlertsSource {

    private final AnalyticsStore store;

    public ClickHouseAlertsSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<Alert> alerts(AlertsRequest request) {
        return AlertsQuery.read(store.fetch(AlertsQuery.build(request)));
    }
}
