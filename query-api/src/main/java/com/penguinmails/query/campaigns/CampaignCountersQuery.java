package com.penguinmails.query.campaigns;

import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ClickHouse queries that sum {@link CampaignCounters} of one tenant's buckets starting in a range from a
 * {@code deliverability_*} table, grouped by fixed key expressions (campaign, variant, time bucket). Tables, columns
 * and key expressions are fixed identifiers chosen here; every request value is a server-side parameter.
 */
public final class CampaignCountersQuery {

    private CampaignCountersQuery() {
    }

    /**
     * The counters grouped by {@code keys}.
     *
     * @param tenantId the tenant whose rows are read
     * @param range buckets starting in it count
     * @param resolution the table to read
     * @param filters conditions on the table's columns
     * @param campaignIds when not empty, only these campaigns (at most {@link CampaignComparisonRequest#MAX_CAMPAIGNS})
     * @param keys SELECT expressions ending in {@code AS alias}, and the GROUP BY aliases, both fixed text
     * @param groupBy the aliases to group and order by
     * @param extraParameters more bound parameters the key expressions use (e.g. the time zone)
     */
    public static BoundQuery build(String tenantId, TimeRange range, Resolution resolution, AnalyticsFilters filters,
            List<String> campaignIds, String keys, String groupBy, Map<String, String> extraParameters) {
        return build(tenantId, range, resolution, filters, campaignIds, keys, CampaignCounters.SUMS, groupBy,
                extraParameters);
    }

    /**
     * The counters per campaign with the first and last bucket holding a send ({@code first_send}, {@code last_send},
     * epoch seconds). Summed per campaign and bucket first, so that the table's by_campaign projection (V0010) can
     * answer: a condition on a table column such as {@code minIf(bucket, sent > 0)} would make ClickHouse read every
     * row of the table instead.
     */
    public static BoundQuery perCampaign(String tenantId, TimeRange range, Resolution resolution,
            AnalyticsFilters filters, List<String> campaignIds) {
        BoundQuery perBucket = build(tenantId, range, resolution, filters, campaignIds,
                "campaign_id AS group_key, bucket", CampaignCounters.BUCKET_SUMS, "group_key, bucket", Map.of());
        String sql = "SELECT group_key,\n"
                + "       toInt64(toUnixTimestamp(minIf(bucket, bucket_n_sent > 0))) AS first_send,\n"
                + "       toInt64(toUnixTimestamp(maxIf(bucket, bucket_n_sent > 0))) AS last_send,\n"
                + "       " + CampaignCounters.SUMS_OF_BUCKET_SUMS + "\n"
                + "FROM (\n" + perBucket.sql() + "\n)\nGROUP BY group_key\nORDER BY group_key";
        return new BoundQuery(sql, perBucket.parameters());
    }

    private static BoundQuery build(String tenantId, TimeRange range, Resolution resolution, AnalyticsFilters filters,
            List<String> campaignIds, String keys, String sums, String groupBy, Map<String, String> extraParameters) {
        Map<String, String> parameters = new HashMap<>(extraParameters);
        parameters.put("tenant_id", ClickHouseText.string(tenantId));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(range.from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(range.to()));
        StringBuilder sql = new StringBuilder("SELECT ").append(keys).append(",\n       ")
                .append(sums).append('\n')
                .append("FROM ").append(resolution.table()).append('\n')
                .append("WHERE tenant_id = {tenant_id:String}\n")
                .append("  AND bucket >= {range_start:DateTime64(3, 'UTC')}\n")
                .append("  AND bucket < {range_end:DateTime64(3, 'UTC')}")
                .append(filters.sqlConditions(parameters))
                .append(campaignCondition(campaignIds, parameters))
                .append("\nGROUP BY ").append(groupBy)
                .append("\nORDER BY ").append(groupBy);
        return new BoundQuery(sql.toString(), parameters);
    }

    /** {@code " AND campaign_id IN ({campaign_0:String}, ...)"} binding each id, or "" for none. */
    static String campaignCondition(List<String> campaignIds, Map<String, String> parameters) {
        if (campaignIds.isEmpty()) {
            return "";
        }
        StringBuilder condition = new StringBuilder(" AND campaign_id IN (");
        for (int i = 0; i < campaignIds.size(); i++) {
            String placeholder = "campaign_" + i;
            condition.append(i == 0 ? "" : ", ").append('{').append(placeholder).append(":String}");
            parameters.put(placeholder, ClickHouseText.string(campaignIds.get(i)));
        }
        return condition.append(')').toString();
    }
}
