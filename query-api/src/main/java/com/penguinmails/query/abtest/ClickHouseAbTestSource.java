package com.penguinmails.query.abtest;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.campaigns.CampaignCounters;
import com.penguinmails.query.campaigns.CampaignCountersQuery;
import com.penguinmails.query.campaigns.ConversionsQuery;
import com.penguinmails.query.store.AnalyticsStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a campaign's per-variant activity from the {@code deliverability_*} table of the range's resolution and its
 * conversions from {@code attribution_credits}, through the campaigns package's queries.
 */
public final class ClickHouseAbTestSource implements AbTestSource {

    private final AnalyticsStore store;

    public ClickHouseAbTestSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<VariantActivity> variants(AbTestRequest request) {
        List<String> campaign = List.of(request.campaignId());
        List<GenericRecord> rows = store.fetch(CampaignCountersQuery.build(request.tenantId(), request.range(),
                request.resolution(), request.filters(), campaign, "variant AS group_key", "group_key", Map.of()));
        boolean conversionsKnown = ConversionsQuery.supports(request.filters());
        Map<String, Long> conversions = conversionsKnown
                ? ConversionsQuery.read(store.fetch(ConversionsQuery.build(request.tenantId(), request.range(),
                        request.filters(), campaign, "variant")))
                : Map.of();
        Map<String, VariantActivity> variants = new LinkedHashMap<>();
        for (GenericRecord row : rows) {
            String variant = row.getString("group_key");
            variants.put(variant, new VariantActivity(variant, CampaignCounters.read(row),
                    conversionsKnown ? conversions.getOrDefault(variant, 0L) : null));
        }
        conversions.forEach((variant, count) -> variants.computeIfAbsent(variant,
                name -> new VariantActivity(name, CampaignCounters.ZERO, count)));
        return new ArrayList<>(variants.values());
    }
}
