package com.penguinmails.query.deliverability;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the deliverability time series: the tenant's counters per calendar bucket of the
 * interval in the request's zone ({@link SeriesBuckets}), from the table of the request's
 * {@link DeliverabilitySeriesRequest#resolution()}.
 */
public final class DeliverabilitySeriesQuery {

    /** The counters read per bucket, in {@link DeliverabilityPoint#of} order. */
    static final String[] COUNTERS = {
        "sent", "delivered", "bounced_hard", "bounced_soft", "bounced_block", "bounced_undetermined", "complaints"};

    private DeliverabilitySeriesQuery() {
    }

    /** Builds the query answering {@code request}. */
    public static BoundQuery build(DeliverabilitySeriesRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        String filters = request.filters().sqlConditions(parameters);
        SeriesBuckets buckets = request.buckets();
        buckets.bind(parameters);
        StringBuilder sums = new StringBuilder();
        for (String counter : COUNTERS) {
            sums.append(",\n       toInt64(sum(").append(counter).append(")) AS ").append(counter);
        }
        String sql = "SELECT " + buckets.startSql("bucket") + " AS bucket_start" + sums + "\n"
                + "FROM " + request.resolution().table() + "\n"
                + "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND bucket >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND bucket < {range_end:DateTime64(3, 'UTC')}" + filters + "\n"
                + "GROUP BY bucket_start";
        return new BoundQuery(sql, parameters);
    }

    /**
     * A point per bucket start of {@code starts} (oldest first), zeros for buckets without rows.
     *
     * @param starts every bucket start of the series ({@link SeriesBuckets#starts})
     */
    public static List<DeliverabilityPoint> read(List<GenericRecord> rows, List<Instant> starts,
            DeliverabilityThresholds thresholds) {
        Map<Instant, long[]> counts = new HashMap<>();
        for (GenericRecord row : rows) {
            long[] bucket = new long[COUNTERS.length];
            for (int i = 0; i < COUNTERS.length; i++) {
                bucket[i] = row.getLong(COUNTERS[i]);
            }
            counts.put(Instant.ofEpochSecond(row.getLong("bucket_start")), bucket);
        }
        List<DeliverabilityPoint> points = new ArrayList<>(starts.size());
        for (Instant start : starts) {
            points.add(DeliverabilityPoint.of(start, counts.getOrDefault(start, new long[COUNTERS.length]),
                    thresholds));
        }
        return points;
    }
}
