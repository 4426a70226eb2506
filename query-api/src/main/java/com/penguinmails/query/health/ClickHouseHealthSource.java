package com.penguinmails.query.health;

import com.penguinmails.query.store.AnalyticsStore;
import java.util.List;
import java.util.Map;

/** Answers health questions from {@code sending_health} and {@code sending_health_history} with {@link HealthQuery}. */
public final class ClickHouseHealthSource implements HealthSource {

    private final AnalyticsStore store;

    public ClickHouseHealthSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<ScopeHealth> scopes(HealthRequest request) {
        List<ScopeHealth> current =
                HealthQuery.readCurrent(store.fetch(HealthQuery.current(request)), request.scope().kind());
        if (current.isEmpty()) {
            return current;
        }
        Map<String, List<HealthTrendPoint>> trends =
                HealthQuery.readTrend(store.fetch(HealthQuery.trend(request)));
        return current.stream()
                .map(scope -> scope.withTrend(trends.getOrDefault(scope.scopeValue(), List.of())))
                .toList();
    }
}
