package com.penguinmails.query.health;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse queries behind the health view: the newest snapshot of each scope from {@code sending_health}
 * (ReplacingMergeTree: FINAL, restricted by its sorting key first so only the tenant's rows merge), and the trend from
 * {@code sending_health_history} (every snapshot; the last one per bucket by scope time and version). The trend's
 * buckets are {@link SeriesBuckets}' calendar buckets in the request's zone, cut from each snapshot's exact
 * {@code as_of}, so every zone is served.
 */
public final class HealthQuery {

    private static final String[] WINDOW_COLUMNS = {
        "sent", "delivered", "bounced", "hard_bounced", "blocked", "complaints"};

    private HealthQuery() {
    }

    /** The current state of the scopes {@code request} asks for. */
    public static BoundQuery current(HealthRequest request) {
        Map<String, String> parameters = scopeParameters(request);
        StringBuilder columns = new StringBuilder();
        for (String window : new String[] {"24h", "7d"}) {
            for (String column : WINDOW_COLUMNS) {
                columns.append(", toInt64(").append(column).append('_').append(window).append(") AS n_")
                        .append(column).append('_').append(window);
            }
            for (String rate : new String[] {"bounce_rate", "block_rate", "complaint_rate"}) {
                columns.append(", ").append(rate).append('_').append(window);
            }
        }
        String statusCondition = "";
        if (request.status().isPresent()) {
            parameters.put("status", request.status().get());
            statusCondition = "WHERE status = {status:String}\n";
        }
        // The status filter sits outside the FINAL sub-query: it must see the newest snapshot only, never an older one.
        String sql = "SELECT scope_value, mailbox_provider, toUnixTimestamp64Milli(as_of) AS as_of_millis,\n"
                + "       ifNull(toInt32(score), -1) AS score_or_none, status, pause_recommended, reasons" + columns + "\n"
                + "FROM (SELECT * FROM sending_health FINAL\n"
                + "      WHERE " + scopeConditions(request) + ")\n"
                + statusCondition
                + "ORDER BY pause_recommended DESC, score_or_none < 0, score_or_none, scope_value";
        return new BoundQuery(sql, parameters);
    }

    /** The last snapshot per scope and trend bucket in the request's range. */
    public static BoundQuery trend(HealthRequest request) {
        Map<String, String> parameters = scopeParameters(request);
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        SeriesBuckets buckets = request.buckets();
        buckets.bind(parameters);
        // Aliases must not reuse column names: ClickHouse would resolve the argMax arguments to them.
        String last = "argMax(tuple(score, status, pause_recommended, as_of), (as_of, version))";
        String sql = "SELECT scope_value, " + buckets.startSql("as_of") + " AS bucket_start,\n"
                + "       ifNull(toInt32(tupleElement(" + last + ", 1)), -1) AS score_or_none,\n"
                + "       toString(tupleElement(" + last + ", 2)) AS last_status,\n"
                + "       tupleElement(" + last + ", 3) AS last_pause,\n"
                + "       toUnixTimestamp64Milli(tupleElement(" + last + ", 4)) AS as_of_millis\n"
                + "FROM sending_health_history\n"
                + "WHERE " + scopeConditions(request) + "\n"
                + "  AND as_of >= {range_start:DateTime64(3, 'UTC')} AND as_of < {range_end:DateTime64(3, 'UTC')}\n"
                + "GROUP BY scope_value, bucket_start\n"
                + "ORDER BY scope_value, bucket_start";
        return new BoundQuery(sql, parameters);
    }

    /** Reads the scopes from the rows of {@link #current}, without trends. */
    public static List<ScopeHealth> readCurrent(List<GenericRecord> rows, String scopeKind) {
        return rows.stream().map(row -> {
            String reasons = row.getString("reasons");
            return new ScopeHealth(scopeKind, row.getString("scope_value"), row.getString("mailbox_provider"),
                    Instant.ofEpochMilli(row.getLong("as_of_millis")), score(row), row.getString("status"),
                    row.getBoolean("pause_recommended"),
                    reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                    window(row, "24h"), window(row, "7d"), null, List.of());
        }).toList();
    }

    /** Reads the trend points per scope value from the rows of {@link #trend}. */
    public static Map<String, List<HealthTrendPoint>> readTrend(List<GenericRecord> rows) {
        Map<String, List<HealthTrendPoint>> trends = new LinkedHashMap<>();
        for (GenericRecord row : rows) {
            trends.computeIfAbsent(row.getString("scope_value"), value -> new ArrayList<>()).add(new HealthTrendPoint(
                    Instant.ofEpochSecond(row.getLong("bucket_start")), Instant.ofEpochMilli(row.getLong("as_of_millis")),
                    score(row), row.getString("last_status"), row.getBoolean("last_pause")));
        }
        return trends;
    }

    private static Map<String, String> scopeParameters(HealthRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("scope_kind", request.scope().kind());
        parameters.put("provider", ClickHouseText.string(request.provider()));
        for (int i = 0; i < request.scopeValues().size(); i++) {
            parameters.put("scope_value_" + i, ClickHouseText.string(request.scopeValues().get(i)));
        }
        request.mailboxDomain()
                .ifPresent(domain -> parameters.put("mailbox_suffix", ClickHouseText.string("@" + domain)));
        return parameters;
    }

    private static String scopeConditions(HealthRequest request) {
        StringBuilder conditions = new StringBuilder("tenant_id = {tenant_id:String}"
                + " AND scope_kind = {scope_kind:String} AND mailbox_provider = {provider:String}");
        for (int i = 0; i < request.scopeValues().size(); i++) {
            conditions.append(" AND scope_value = {scope_value_").append(i).append(":String}");
        }
        if (request.mailboxDomain().isPresent()) {
            conditions.append(" AND endsWith(scope_value, {mailbox_suffix:String})");
        }
        return conditions.toString();
    }

    private static Integer score(GenericRecord row) {
        long score = row.getLong("score_or_none");
        return score < 0 ? null : (int) score;
    }

    private static HealthWindow window(GenericRecord row, String window) {
        return new HealthWindow(row.getLong("n_sent_" + window), row.getLong("n_delivered_" + window),
                row.getLong("n_bounced_" + window), row.getLong("n_hard_bounced_" + window),
                row.getLong("n_blocked_" + window), row.getLong("n_complaints_" + window),
                row.getDouble("bounce_rate_" + window), row.getDouble("block_rate_" + window),
                row.getDouble("complaint_rate_" + window));
    }
}
