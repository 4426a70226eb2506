package com.penguinmails.query.deliverability;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the bounce breakdown: the tenant's counters of the buckets starting in the range, summed
 * per (grouping column, bounce_reason), from the table of the range's {@link Resolution}. Identifiers come from
 * enums; every value is a bound parameter.
 */
public final class BounceBreakdownQuery {

    private BounceBreakdownQuery() {
    }

    /** Builds the query answering {@code request}. */
    public static BoundQuery build(BounceBreakdownRequest request) {
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
        // sum() because SummingMergeTree folds the delta rows of one key only eventually.
        String sql = "SELECT " + request.grouping().column() + " AS group_key, bounce_reason,\n"
                + "       toInt64(sum(sent)) AS sent, toInt64(sum(delivered)) AS delivered,\n"
                + "       toInt64(sum(complaints)) AS complaints, toInt64(sum(bounced_hard)) AS hard,\n"
                + "       toInt64(sum(bounced_soft)) AS soft, toInt64(sum(bounced_block)) AS block,\n"
                + "       toInt64(sum(bounced_undetermined)) AS undetermined\n"
                + "FROM " + request.resolution().table() + "\n"
                + "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND bucket >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND bucket < {range_end:DateTime64(3, 'UTC')}" + filters + "\n"
                + "GROUP BY group_key, bounce_reason";
        return new BoundQuery(sql, parameters);
    }

    /** Reads the counters from the rows {@link #build}'s query returned. */
    public static List<BounceCounts> read(List<GenericRecord> rows) {
        return rows.stream().map(row -> new BounceCounts(row.getString("group_key"), row.getString("bounce_reason"),
                row.getLong("sent"), row.getLong("delivered"), row.getLong("complaints"), row.getLong("hard"),
                row.getLong("soft"), row.getLong("block"), row.getLong("undetermined"))).toList();
    }
}
