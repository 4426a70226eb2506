package com.penguinmails.query.deliverability;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.series.TimeSlots;
import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the deliverability time series: the tenant's counters per slot of the interval, from the
 * table of the request's {@link DeliverabilitySeriesRequest#resolution()}.
 */
public final class DeliverabilitySeriesQuery {

    /** The counters read per slot, in {@link DeliverabilityPoint#of} order. */
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
        // Each value bound as ClickHouse reads a String parameter, whether or not sqlConditions escaped it already.
        for (AnalyticsFilter filter : AnalyticsFilter.values()) {
            request.filters().value(filter).ifPresent(value -> parameters.put(filter.placeholder(),
                    filter.clickHouseType().equals("String") ? ClickHouseText.string(value) : value));
        }
        request.slots().bind(parameters);
        StringBuilder sums = new StringBuilder();
        for (String counter : COUNTERS) {
            sums.append(",\n       toInt64(sum(").append(counter).append(")) AS ").append(counter);
        }
        String sql = "SELECT " + TimeSlots.slotSql("bucket") + " AS slot" + sums + "\n"
                + "FROM " + request.resolution().table() + "\n"
                + "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND bucket >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND bucket < {range_end:DateTime64(3, 'UTC')}" + filters + "\n"
                + "GROUP BY slot";
        return new BoundQuery(sql, parameters);
    }

    /** Every slot's point, oldest first, zeros for slots without rows. */
    public static List<DeliverabilityPoint> read(List<GenericRecord> rows, TimeSlots slots,
            DeliverabilityThresholds thresholds) {
        long[][] counts = new long[slots.count()][COUNTERS.length];
        for (GenericRecord row : rows) {
            int slot = (int) row.getLong("slot");
            for (int i = 0; i < COUNTERS.length; i++) {
                counts[slot][i] = row.getLong(COUNTERS[i]);
            }
        }
        List<DeliverabilityPoint> points = new ArrayList<>(counts.length);
        for (int slot = 0; slot < counts.length; slot++) {
            points.add(DeliverabilityPoint.of(slots.start(slot), counts[slot], thresholds));
        }
        return points;
    }
}
