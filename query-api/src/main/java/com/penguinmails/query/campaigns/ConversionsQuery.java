package com.penguinmails.query.campaigns;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conversions credited to campaigns or variants: the last-touch model of the attribution stage
 * ({@code attribution_credits}, credit 1 on the conversion's last touch, so each conversion counts once, for the
 * campaign, variant and step of its last touch), for conversions whose time is in the range. Unattributed conversions
 * belong to no campaign and are left out.
 *
 * <p>{@code attribution_credits} carries campaign, variant and step but no workspace, sending domain, mailbox or
 * provider, so conversions are unknown under those filters ({@link #supports}).
 */
public final class ConversionsQuery {

    /** The filters the attribution table can honour. */
    public static final Set<AnalyticsFilter> SUPPORTED_FILTERS =
            EnumSet.of(AnalyticsFilter.CAMPAIGN, AnalyticsFilter.VARIANT, AnalyticsFilter.STEP);

    /** The model whose credits count conversions. */
    static final String MODEL = "last_touch";

    private ConversionsQuery() {
    }

    /** Whether conversions can be counted under {@code filters}. */
    public static boolean supports(AnalyticsFilters filters) {
        for (AnalyticsFilter filter : AnalyticsFilter.values()) {
            if (!SUPPORTED_FILTERS.contains(filter) && filters.value(filter).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Conversions per value of {@code groupColumn} ({@code campaign_id} or {@code variant}, a fixed identifier).
     *
     * @throws IllegalArgumentException when {@link #supports} is false for {@code filters}
     */
    public static BoundQuery build(String tenantId, TimeRange range, AnalyticsFilters filters,
            List<String> campaignIds, String groupColumn) {
        if (!supports(filters)) {
            throw new IllegalArgumentException(
                    "conversions cannot be filtered by workspace, sending domain, mailbox or provider");
        }
        if (!groupColumn.equals("campaign_id") && !groupColumn.equals("variant")) {
            throw new IllegalArgumentException("unknown group column " + groupColumn);
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put("tenant_id", ClickHouseText.string(tenantId));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(range.from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(range.to()));
        parameters.put("model", MODEL);
        String sql = "SELECT " + groupColumn + " AS group_key, toInt64(round(sum(credit))) AS conversions\n"
                + "FROM attribution_credits FINAL\n"
                + "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND conversion_day >= toDate({range_start:DateTime64(3, 'UTC')})\n"
                + "  AND conversion_day <= toDate({range_end:DateTime64(3, 'UTC')})\n"
                + "  AND conversion_at >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND conversion_at < {range_end:DateTime64(3, 'UTC')}\n"
                + "  AND model = {model:String} AND attributed"
                + filters.sqlConditions(parameters)
                + CampaignCountersQuery.campaignCondition(campaignIds, parameters)
                + "\nGROUP BY group_key";
        return new BoundQuery(sql, parameters);
    }

    /** Reads conversions per group key from the rows of {@link #build}'s query. */
    public static Map<String, Long> read(List<GenericRecord> rows) {
        Map<String, Long> conversions = new HashMap<>();
        rows.forEach(row -> conversions.put(row.getString("group_key"), row.getLong("conversions")));
        return conversions;
    }
}
