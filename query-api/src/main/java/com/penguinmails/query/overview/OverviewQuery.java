package com.penguinmails.query.overview;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the overview: per event type, the number of events and of distinct messages of one
 * tenant in a time range, optionally of one campaign.
 *
 * <p>The events table is a ReplacingMergeTree whose sorting key ends in event_id; {@code FINAL} collapses rows a
 * replayed insert left behind before they are counted, so each event counts once even before a background merge.
 * Every value is a server-side parameter; the SQL text never contains request data.
 */
public final class OverviewQuery {

    private static final String SELECT = """
            SELECT event_type,
                          toInt64(count()) AS events,
                          toInt64(uniqExactIf(message_id, message_id != '')) AS messages
            FROM events FINAL
            WHERE tenant_id = {tenant_id:String}
                AND occurred_at >= {range_start:DateTime64(3, 'UTC')}
                AND occurred_at < {range_end:DateTime64(3, 'UTC')}
            """;
    private static final String CAMPAIGN_FILTER = "  AND campaign_id = {campaign_id:String}\n";
    private static final String GROUP = "GROUP BY event_type\nORDER BY event_type";

    private OverviewQuery() {
    }

    /** Builds the query answering {@code request}. */
    public static BoundQuery build(OverviewRequest request) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        StringBuilder sql = new StringBuilder(SELECT);
        request.campaignId().ifPresent(campaignId -> {
            sql.append(CAMPAIGN_FILTER);
            parameters.put("campaign_id", ClickHouseText.string(campaignId));
        });
        sql.append(GROUP);
        return new BoundQuery(sql.toString(), parameters);
    }

    /** Reads the totals from the rows {@link #build}'s query returned. */
    public static EventTotals read(List<GenericRecord> rows) {
        return new EventTotals(rows.stream()
                .map(row -> new EventTotals.TypeTotal(row.getString("event_type"), row.getLong("events"),
                        row.getLong("messages")))
                .toList());
    }
}
