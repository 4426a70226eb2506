package com.penguinmails.query.alerts;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the alerts view: the current state of every episode of the tenant ({@code alerts} is a
 * ReplacingMergeTree(version) on (tenant_id, alert_id): FINAL within the tenant's key prefix, then the filters, so a
 * filter on state never sees a superseded firing row).
 */
public final class AlertsQuery {

    private AlertsQuery() {
    }

    /** Builds the query answering {@code request}. */
    public static BoundQuery build(AlertsRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        parameters.put("limit", Integer.toString(request.limit()));
        StringBuilder conditions = new StringBuilder();
        if (request.status() != AlertStatus.ALL) {
            conditions.append(" AND state = {state:String}");
            parameters.put("state", request.status().wireName());
        }
        if (request.severity() != AlertSeverity.ALL) {
            conditions.append(request.severity() == AlertSeverity.CRITICAL ? " AND rule_id = {auto_pause:String}"
                    : " AND rule_id != {auto_pause:String}");
            parameters.put("auto_pause", AlertSeverity.AUTO_PAUSE_RULE);
        }
        request.ruleId().ifPresent(ruleId -> {
            conditions.append(" AND rule_id = {rule_id:String}");
            parameters.put("rule_id", ClickHouseText.string(ruleId));
        });
        request.scopeKind().ifPresent(kind -> {
            conditions.append(" AND scope_kind = {scope_kind:String}");
            parameters.put("scope_kind", kind);
        });
        request.scopeValue().ifPresent(value -> {
            conditions.append(" AND scope_value = {scope_value:String}");
            parameters.put("scope_value", ClickHouseText.string(value));
        });
        String sql = "SELECT alert_id, rule_id, rule_name, state, metric, scope_kind, scope_value, comparison, value,\n"
                + "       threshold, toInt64(volume) AS volume_count, window_length,\n"
                + "       toUnixTimestamp64Milli(fired_at) AS fired_millis,\n"
                + "       ifNull(toUnixTimestamp64Milli(resolved_at), -1) AS resolved_millis, detail\n"
                + "FROM (SELECT * FROM alerts FINAL WHERE tenant_id = {tenant_id:String})\n"
                + "WHERE fired_at < {range_end:DateTime64(3, 'UTC')}\n"
                + "  AND (resolved_at IS NULL OR resolved_at >= {range_start:DateTime64(3, 'UTC')})" + conditions + "\n"
                + "ORDER BY fired_at DESC, alert_id\n"
                + "LIMIT {limit:UInt32}";
        return new BoundQuery(sql, parameters);
    }

    /** Reads the alerts from the rows {@link #build}'s query returned. */
    public static List<Alert> read(List<GenericRecord> rows) {
        return rows.stream().map(row -> {
            long resolved = row.getLong("resolved_millis");
            String ruleId = row.getString("rule_id");
            return new Alert(row.getString("alert_id"), ruleId, row.getString("rule_name"), row.getString("state"),
                    AlertSeverity.of(ruleId).wireName(), row.getString("metric"), row.getString("scope_kind"),
                    row.getString("scope_value"), row.getString("comparison"), row.getDouble("value"),
                    row.getDouble("threshold"), row.getLong("volume_count"), row.getString("window_length"),
                    Instant.ofEpochMilli(row.getLong("fired_millis")),
                    resolved < 0 ? null : Instant.ofEpochMilli(resolved), row.getString("detail"));
        }).toList();
    }
}
