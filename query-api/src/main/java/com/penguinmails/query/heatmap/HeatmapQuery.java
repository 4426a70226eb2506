package com.penguinmails.query.heatmap;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the heatmap: the {@code engagement_heatmap} aggregate (schemas' V0003) summed per local
 * day of week and hour for one tenant, the UTC-hour buckets starting in a range, narrowed by workspace and campaign.
 * Every value
 * is a server-side parameter.
 */
public final class HeatmapQuery {

    // sum() because SummingMergeTree folds the delta rows of one key only eventually.
    private static final String SELECT = """
            SELECT day_of_week, hour,
                   toInt64(sum(sends)) AS sends,
                   toInt64(sum(opens_human)) AS opens_human,
                   toInt64(sum(clicks_human)) AS clicks_human,
                   toInt64(sum(replies_human)) AS replies_human
            FROM engagement_heatmap
            WHERE tenant_id = {tenant_id:String}
                AND bucket >= {range_start:DateTime64(3, 'UTC')}
                AND bucket < {range_end:DateTime64(3, 'UTC')}
            """;
    private static final String GROUP = "GROUP BY day_of_week, hour\nORDER BY day_of_week, hour";

    private HeatmapQuery() {
    }

    /** Builds the query answering {@code request}. */
    public static BoundQuery build(HeatmapRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        String filters = request.filters().sqlConditions(parameters);
        String sql = SELECT + (filters.isEmpty() ? "" : "   " + filters + "\n") + GROUP;
        return new BoundQuery(sql, parameters);
    }

    /** Reads the matrix from the rows {@link #build}'s query returned. */
    public static Heatmap read(List<GenericRecord> rows) {
        return Heatmap.of(rows.stream()
                .map(row -> new HeatmapCell(row.getInteger("day_of_week"), row.getInteger("hour"), row.getLong("sends"),
                        row.getLong("opens_human"), row.getLong("clicks_human"), row.getLong("replies_human")))
                .toList());
    }
}
