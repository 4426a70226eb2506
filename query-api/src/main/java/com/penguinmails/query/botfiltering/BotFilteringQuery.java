package com.penguinmails.query.botfiltering;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse queries behind the bot-filtering report, over the hourly aggregates of migration V0009
 * ({@code engagement_classes_hour}, {@code engagement_reasons_hour}): the tenant's rows of the range, every value a
 * bound parameter.
 */
public final class BotFilteringQuery {

    /** The most reason codes a report lists. */
    public static final int MAX_REASONS = 100;

    private BotFilteringQuery() {
    }

    /** Opens and clicks per series bucket (in the request's zone) and class. */
    public static BoundQuery classes(BotFilteringRequest request) {
        Map<String, String> parameters = new HashMap<>();
        String conditions = conditions(request, parameters);
        SeriesBuckets buckets = request.buckets();
        buckets.bind(parameters);
        String sql = "SELECT " + buckets.startSql("bucket") + " AS bucket_start, event_type, engagement_class,\n"
                + "       toInt64(sum(events)) AS events\n"
                + "FROM engagement_classes_hour\n"
                + "WHERE " + conditions + "\n"
                + "GROUP BY bucket_start, event_type, engagement_class";
        return new BoundQuery(sql, parameters);
    }

    /** The most frequent reason codes per event type and class. */
    public static BoundQuery reasons(BotFilteringRequest request) {
        Map<String, String> parameters = new HashMap<>();
        String sql = "SELECT event_type, engagement_class, reason, toInt64(sum(events)) AS events\n"
                + "FROM engagement_reasons_hour\n"
                + "WHERE " + conditions(request, parameters) + "\n"
                + "GROUP BY event_type, engagement_class, reason\n"
                + "ORDER BY events DESC, event_type, engagement_class, reason\n"
                + "LIMIT " + MAX_REASONS;
        return new BoundQuery(sql, parameters);
    }

    /** Reads the rows of {@link #classes}. */
    public static List<ClassCount> readClasses(List<GenericRecord> rows) {
        return rows.stream().map(row -> new ClassCount(Instant.ofEpochSecond(row.getLong("bucket_start")),
                row.getString("event_type"), row.getString("engagement_class"), row.getLong("events"))).toList();
    }

    /** Reads the rows of {@link #reasons}; shares are left at 0 for the assembler to fill. */
    public static List<ReasonCount> readReasons(List<GenericRecord> rows) {
        return rows.stream().map(row -> new ReasonCount(row.getString("event_type"),
                row.getString("engagement_class"), row.getString("reason"), row.getLong("events"), 0)).toList();
    }

    private static String conditions(BotFilteringRequest request, Map<String, String> parameters) {
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        String filters = request.filters().sqlConditions(parameters);
        return "tenant_id = {tenant_id:String}"
                + " AND bucket >= {range_start:DateTime64(3, 'UTC')} AND bucket < {range_end:DateTime64(3, 'UTC')}"
                + filters;
    }
}
