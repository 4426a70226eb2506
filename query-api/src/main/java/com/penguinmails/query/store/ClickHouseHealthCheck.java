package com.penguinmails.query.store;

import com.codahale.metrics.health.HealthCheck;
import com.clickhouse.client.api.query.GenericRecord;
import java.util.List;
import java.util.Map;

/**
 * Healthy when ClickHouse answers a query and the analytics database holds the {@code events} table: a full round
 * trip through the same client and database the API reads from.
 */
public final class ClickHouseHealthCheck extends HealthCheck {

    private static final BoundQuery EVENTS_TABLE_EXISTS = new BoundQuery(
            "SELECT toInt64(count()) AS tables FROM system.tables "
                    + "WHERE database = currentDatabase() AND name = {table:String}",
            Map.of("table", "events"));

    private final AnalyticsStore store;

    public ClickHouseHealthCheck(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    protected Result check() {
        List<GenericRecord> rows;
        try {
            rows = store.fetch(EVENTS_TABLE_EXISTS);
        } catch (AnalyticsStoreUnavailableException e) {
            return Result.unhealthy("ClickHouse did not answer: " + rootCause(e).getMessage());
        }
        if (rows.size() == 1 && rows.get(0).getLong("tables") == 1) {
            return Result.healthy("ClickHouse answered and the events table exists");
        }
        return Result.unhealthy("ClickHouse answered but the events table is missing from the current database");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
