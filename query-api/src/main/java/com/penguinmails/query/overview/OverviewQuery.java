package com.penguinmails.query.overview;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse queries behind the overview: per event type, the number of events and of distinct messages of one
 * tenant in a time range, and the events per type in each bucket of the KPI time series; both narrowed by the
 * request's filters and audience.
 *
 * <p>The events table is a ReplacingMergeTree whose sorting key ends in event_id; {@code FINAL} collapses rows a
 * replayed insert left behind before they are counted, so each event counts once even before a background merge.
 * Every value is a server-side parameter; the SQL text never contains request data (the zone too is a parameter).
 * The series' buckets are {@link SeriesBuckets}' calendar buckets in the request's zone.
 */
public final class OverviewQuery {

    private static final String TOTALS = """
            SELECT event_type,
                   toInt64(count()) AS events,
                   toInt64(uniqExactIf(message_id, message_id != '')) AS messages
            FROM events FINAL
            """;
    private static final String SERIES = """
            SELECT %s AS bucket_start,
                   event_type,
                   toInt64(count()) AS events
            FROM events FINAL
            """;
    private static final String WHERE = """
            WHERE tenant_id = {tenant_id:String}
              AND occurred_at >= {range_start:DateTime64(3, 'UTC')}
              AND occurred_at < {range_end:DateTime64(3, 'UTC')}
            """;
    private static final String HUMAN_ONLY = "  AND (event_type NOT IN ('open', 'click')"
            + " OR (event_type = 'open' AND engagement_class IN " + Audience.HUMAN_OPEN_CLASSES_SQL + ")"
            + " OR (event_type = 'click' AND engagement_class IN " + Audience.HUMAN_CLICK_CLASSES_SQL + "))\n";

    private OverviewQuery() {
    }

    /** Builds the totals query answering {@code request}. */
    public static BoundQuery build(OverviewRequest request) {
        Map<String, String> parameters = new HashMap<>();
        String sql = TOTALS + where(request, parameters) + "GROUP BY event_type\nORDER BY event_type";
        return new BoundQuery(sql, parameters);
    }

    /** Builds the query of the KPI time series: events per type per bucket of the request's interval and zone. */
    public static BoundQuery buildSeries(OverviewRequest request) {
        Map<String, String> parameters = new HashMap<>();
        SeriesBuckets buckets = request.buckets();
        buckets.bind(parameters);
        String sql = SERIES.formatted(buckets.startSql("occurred_at")) + where(request, parameters)
                + "GROUP BY bucket_start, event_type\nORDER BY bucket_start, event_type";
        return new BoundQuery(sql, parameters);
    }

    private static String where(OverviewRequest request, Map<String, String> parameters) {
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        StringBuilder sql = new StringBuilder(WHERE);
        String filters = request.filters().sqlConditions(parameters);
        if (!filters.isEmpty()) {
            sql.append(' ').append(filters.strip()).append('\n');
        }
        if (request.audience() == Audience.HUMAN) {
            sql.append(HUMAN_ONLY);
        }
        return sql.toString();
    }

    /** Reads the totals from the rows {@link #build}'s query returned. */
    public static EventTotals read(List<GenericRecord> rows) {
        return new EventTotals(rows.stream()
                .map(row -> new EventTotals.TypeTotal(row.getString("event_type"), row.getLong("events"),
                        row.getLong("messages")))
                .toList());
    }

    /** Reads events per bucket start and type from the rows {@link #buildSeries}'s query returned. */
    public static Map<Instant, Map<String, Long>> readSeries(List<GenericRecord> rows) {
        Map<Instant, Map<String, Long>> counts = new HashMap<>();
        for (GenericRecord row : rows) {
            counts.computeIfAbsent(Instant.ofEpochSecond(row.getLong("bucket_start")), start -> new HashMap<>())
                    .put(row.getString("event_type"), row.getLong("events"));
        }
        return counts;
    }
}
