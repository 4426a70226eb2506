package com.penguinmails.query.overview;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ClickHouse query behind the overview: per event type and bucket of the KPI time series, the events and the
 * messages whose first event of that type lies in one tenant's time range, narrowed by the request's filters and
 * audience. The totals are the sums over the buckets, so they always agree with the series.
 *
 * <p>The whole hours inside the range are read from an {@link OverviewRollup} (a few rows per hour) and only the
 * partial hours at its ends (if any) from {@code events} itself, so a month of ten million events answers from a few
 * thousand rows while both ends stay exact to the millisecond. A question no rollup can answer (minute buckets, a
 * zone whose offset is not a whole number of hours, campaign and sender filters mixed) reads {@code events} for the
 * whole range.
 * Both sources count alike: a message counts in the range holding its first event of the type (the enrichment's
 * {@code first_of_type}; for people only its first human open or click, {@code first_of_message}).
 *
 * <p>{@code events} is a ReplacingMergeTree whose sorting key ends in event_id; {@code FINAL} collapses rows a replayed
 * insert left behind before they are counted. Every value is a server-side parameter; the SQL text never contains
 * request data (the zone too is a parameter). The series' buckets are {@link SeriesBuckets}' calendar buckets in the
 * request's zone.
 */
public final class OverviewQuery {

    private static final String HUMAN = "(event_type NOT IN ('open', 'click')"
            + " OR event_type = 'open' AND engagement_class IN " + Audience.HUMAN_OPEN_CLASSES_SQL
            + " OR event_type = 'click' AND engagement_class IN " + Audience.HUMAN_CLICK_CLASSES_SQL + ")";
    private static final String FIRST = "message_id != '' AND first_of_type";
    private static final String FIRST_HUMAN = "message_id != ''"
            + " AND if(event_type IN ('open', 'click'), first_of_message, first_of_type)";
    private static final String RANGE = """
            tenant_id = {tenant_id:String}
              AND occurred_at >= {range_start:DateTime64(3, 'UTC')}
              AND occurred_at < {range_end:DateTime64(3, 'UTC')}""";
    private static final String OUTSIDE_ROLLUP = """

              AND (occurred_at < {rollup_start:DateTime64(3, 'UTC')}
                   OR occurred_at >= {rollup_end:DateTime64(3, 'UTC')})""";
    private static final String ROLLUP_RANGE = """
            tenant_id = {tenant_id:String}
              AND bucket >= {rollup_start:DateTime64(3, 'UTC')}
              AND bucket < {rollup_end:DateTime64(3, 'UTC')}""";

    private OverviewQuery() {
    }

    /**
     * Builds the query answering {@code request}: events and first-of-type messages per type in each bucket of the
     * request's interval and zone, from which the totals are sums ({@link #read}). The rollup's rows (when one serves)
     * cover the whole hours of the range and the events' rows the rest, united and summed per bucket and type.
     */
    public static BoundQuery build(OverviewRequest request) {
        Map<String, String> parameters = new HashMap<>();
        SeriesBuckets buckets = request.buckets();
        buckets.bind(parameters);
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        String filters = request.filters().sqlConditions(parameters);
        boolean human = request.audience() == Audience.HUMAN;
        Optional<OverviewRollup> rollup = rollupServing(request);
        Instant rollupStart = ceilHour(request.range().from());
        Instant rollupEnd = floorHour(request.range().to());
        List<String> parts = new ArrayList<>();
        if (rollup.isPresent()) {
            parameters.put("rollup_start", ClickHouseText.dateTime64Millis(rollupStart));
            parameters.put("rollup_end", ClickHouseText.dateTime64Millis(rollupEnd));
            parts.add("SELECT " + buckets.startSql("bucket") + " AS bucket_start, event_type,\n"
                    + "       sum(" + (human ? "events_human" : "events") + ") AS events,\n"
                    + "       sum(" + (human ? "messages_human" : "messages") + ") AS messages\n"
                    + "FROM " + rollup.get().table() + "\nWHERE " + ROLLUP_RANGE + filters
                    + "\nGROUP BY bucket_start, event_type");
        }
        boolean partialHours = rollupStart.isAfter(request.range().from()) || rollupEnd.isBefore(request.range().to());
        if (rollup.isEmpty() || partialHours) {
            parts.add("SELECT " + buckets.startSql("occurred_at") + " AS bucket_start, event_type,\n"
                    + "       count() AS events,\n"
                    + "       countIf(" + (human ? FIRST_HUMAN : FIRST) + ") AS messages\n"
                    + "FROM events FINAL\nWHERE " + RANGE + (rollup.isPresent() ? OUTSIDE_ROLLUP : "") + filters
                    + (human ? "\n  AND " + HUMAN : "") + "\nGROUP BY bucket_start, event_type");
        }
        String sql = "SELECT bucket_start, event_type,\n"
                + "       toInt64(sum(events)) AS events, toInt64(sum(messages)) AS messages\n"
                + "FROM (\n" + String.join("\nUNION ALL\n", parts) + "\n)"
                + "\nGROUP BY bucket_start, event_type\nORDER BY bucket_start, event_type";
        return new BoundQuery(sql, parameters);
    }

    /**
     * The rollup answering the whole hours of the request's range: one keeping its filters, when the range holds a
     * whole hour and hourly rows land in the series' buckets (interval of an hour or more, whole-hour zone offsets).
     */
    static Optional<OverviewRollup> rollupServing(OverviewRequest request) {
        if (!ceilHour(request.range().from()).isBefore(floorHour(request.range().to()))
                || !request.buckets().servedBy(ChronoUnit.HOURS, request.range())) {
            return Optional.empty();
        }
        return OverviewRollup.keeping(request.filters());
    }

    private static Instant floorHour(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    private static Instant ceilHour(Instant instant) {
        Instant floor = floorHour(instant);
        return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.HOURS);
    }

    /** Reads the totals and the per-bucket events from the rows {@link #build}'s query returned. */
    public static OverviewCounts read(List<GenericRecord> rows) {
        Map<String, long[]> totals = new HashMap<>();
        Map<Instant, Map<String, Long>> buckets = new HashMap<>();
        for (GenericRecord row : rows) {
            String type = row.getString("event_type");
            long events = row.getLong("events");
            long[] total = totals.computeIfAbsent(type, ignored -> new long[2]);
            total[0] += events;
            total[1] += row.getLong("messages");
            buckets.computeIfAbsent(Instant.ofEpochSecond(row.getLong("bucket_start")), start -> new HashMap<>())
                    .put(type, events);
        }
        return new OverviewCounts(new EventTotals(totals.entrySet().stream()
                .map(entry -> new EventTotals.TypeTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList()), buckets);
    }
}
