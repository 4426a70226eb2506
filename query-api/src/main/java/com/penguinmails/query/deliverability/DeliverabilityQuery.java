package com.penguinmails.query.deliverability;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ClickHouse query behind a deliverability report: the counters of one tenant's buckets starting in a range,
 * narrowed by the request's filters, summed per value of the grouping column, from the table of the range's
 * {@link Resolution}. Table and column names
 * come from enums, every value is a server-side parameter.
 */
public final class DeliverabilityQuery {

    private DeliverabilityQuery() {
    }

    /** Builds the query answering {@code request}; rows are ordered by messages sent, most first, then by key. */
    public static BoundQuery build(DeliverabilityRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        String sums = Arrays.stream(DeliverabilityCounters.COLUMNS)
                .map(column -> "toInt64(sum(" + column + ")) AS " + column)
                .collect(Collectors.joining(",\n       "));
        // sum() because SummingMergeTree folds the delta rows of one key only eventually.
        String sql = "SELECT " + request.grouping().column() + " AS group_key,\n       " + sums + "\n"
                + "FROM " + request.resolution().table() + "\n"
                + "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND bucket >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND bucket < {range_end:DateTime64(3, 'UTC')}"
                + request.filters().sqlConditions(parameters) + "\n"
                + "GROUP BY group_key\n"
                + "ORDER BY sent DESC, group_key";
        return new BoundQuery(sql, parameters);
    }

    /** Reads the groups from the rows {@link #build}'s query returned. */
    public static List<DeliverabilityGroup> read(List<GenericRecord> rows) {
        return rows.stream().map(row -> {
            long[] values = new long[DeliverabilityCounters.COLUMNS.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(DeliverabilityCounters.COLUMNS[i]);
            }
            return DeliverabilityGroup.of(row.getString("group_key"), DeliverabilityCounters.of(values));
        }).toList();
    }
}
