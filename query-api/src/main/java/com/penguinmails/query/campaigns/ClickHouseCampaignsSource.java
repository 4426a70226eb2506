package com.penguinmails.query.campaigns;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.SeriesBuckets;
import com.penguinmails.query.store.AnalyticsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers campaign questions from the pre-aggregated {@code deliverability_*} tables (counters, filtered and grouped
 * on their sorting-key columns) and {@code attribution_credits} (conversions) with {@link CampaignCountersQuery} and
 * {@link ConversionsQuery}; never reads the raw {@code events} table.
 */
public final class ClickHouseCampaignsSource implements CampaignsSource {

    private final AnalyticsStore store;

    public ClickHouseCampaignsSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public List<CampaignKpis> campaigns(CampaignListRequest request) {
        return kpis(request.tenantId(), request.range(), request.resolution(), request.filters(), request.audience(),
                List.of());
    }

    @Override
    public CampaignComparison compare(CampaignComparisonRequest request) {
        SeriesBuckets buckets = new SeriesBuckets(request.interval(), request.zone());
        Resolution resolution = Resolution.of(request.range(), buckets);
        Map<String, CampaignKpis> found = new HashMap<>();
        kpis(request.tenantId(), request.range(), resolution, request.filters(), request.audience(),
                request.campaignIds()).forEach(kpis -> found.put(kpis.campaignId(), kpis));
        boolean conversionsKnown = ConversionsQuery.supports(request.filters());
        List<CampaignKpis> campaigns = request.campaignIds().stream()
                .map(id -> found.getOrDefault(id, CampaignKpis.of(id, CampaignCounters.ZERO, request.audience(),
                        conversionsKnown ? 0L : null, null, null)))
                .toList();

        Map<String, Map<Instant, CampaignCounters>> byCampaign = new HashMap<>();
        String keys = "campaign_id AS group_key,\n       " + buckets.startSql("bucket") + " AS bucket_start";
        Map<String, String> zone = new HashMap<>();
        buckets.bind(zone);
        List<GenericRecord> rows = store.fetch(CampaignCountersQuery.build(request.tenantId(), request.range(),
                resolution, request.filters(), request.campaignIds(), keys, "group_key, bucket_start", zone));
        for (GenericRecord row : rows) {
            byCampaign.computeIfAbsent(row.getString("group_key"), id -> new HashMap<>())
                    .put(Instant.ofEpochSecond(row.getLong("bucket_start")), CampaignCounters.read(row));
        }
        List<Instant> starts = buckets.starts(request.range());
        List<CampaignSeries> series = new ArrayList<>();
        for (String campaignId : request.campaignIds()) {
            Map<Instant, CampaignCounters> points = byCampaign.getOrDefault(campaignId, Map.of());
            series.add(new CampaignSeries(campaignId, starts.stream()
                    .map(start -> SeriesPoint.of(start, points.getOrDefault(start, CampaignCounters.ZERO),
                            request.audience()))
                    .toList()));
        }
        return new CampaignComparison(request.range().from(), request.range().to(), request.interval().wireName(),
                request.zone().getId(), request.audience().wireName(), resolution.wireName(), campaigns, series);
    }

    private List<CampaignKpis> kpis(String tenantId, TimeRange range, Resolution resolution, AnalyticsFilters filters,
            Audience audience, List<String> campaignIds) {
        List<GenericRecord> rows = store.fetch(CampaignCountersQuery.perCampaign(tenantId, range, resolution, filters,
                campaignIds));
        boolean conversionsKnown = ConversionsQuery.supports(filters);
        Map<String, Long> conversions = conversionsKnown
                ? ConversionsQuery.read(store.fetch(
                        ConversionsQuery.build(tenantId, range, filters, campaignIds, "campaign_id")))
                : Map.of();
        Map<String, CampaignKpis> kpis = new LinkedHashMap<>();
        for (GenericRecord row : rows) {
            CampaignCounters counters = CampaignCounters.read(row);
            String campaignId = row.getString("group_key");
            boolean sent = counters.sent() > 0;
            kpis.put(campaignId, CampaignKpis.of(campaignId, counters, audience,
                    conversionsKnown ? conversions.getOrDefault(campaignId, 0L) : null,
                    sent ? Instant.ofEpochSecond(row.getLong("first_send")) : null,
                    sent ? Instant.ofEpochSecond(row.getLong("last_send")) : null));
        }
        // A campaign can have conversions in the range without other activity in it.
        conversions.forEach((campaignId, count) -> kpis.computeIfAbsent(campaignId,
                id -> CampaignKpis.of(id, CampaignCounters.ZERO, audience, count, null, null)));
        return new ArrayList<>(kpis.values());
    }
}
