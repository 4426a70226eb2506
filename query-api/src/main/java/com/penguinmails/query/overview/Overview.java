package com.penguinmails.query.overview;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /v1/analytics/overview}: event counts, unique-message counts and funnel rates of one
 * tenant in a time range, and the KPI time series; as CSV, the time series.
 *
 * @param from the range's inclusive start, as requested, in UTC
 * @param to the range's exclusive end, as requested, in UTC
 * @param campaignId the campaign filter, or null (left out of the JSON) when the answer covers all campaigns
 * @param tz the IANA zone the series' days and weeks are cut in
 * @param interval the series' bucket size (auto already resolved)
 * @param audience all, or human (only people's opens and clicks counted)
 * @param filters every filter applied, by parameter name (empty when none)
 * @param counts events per type (see {@link EventTotals#EVENT_TYPES}), each event_id once
 * @param uniqueMessages messages per type whose first event of the type lies in the range
 * @param rates the funnel rates over those message counts
 * @param series events per type in each bucket of {@code interval}, oldest first, gap-free
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Overview(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("tz") String tz,
        @JsonProperty("interval") String interval,
        @JsonProperty("audience") String audience,
        @JsonProperty("filters") Map<String, String> filters,
        @JsonProperty("counts") Map<String, Long> counts,
        @JsonProperty("unique_messages") Map<String, Long> uniqueMessages,
        @JsonProperty("rates") Rates rates,
        @JsonProperty("series") List<OverviewPoint> series) implements CsvExportable {

    public Overview {
        series = List.copyOf(series);
    }

    /** Builds the answer to {@code request} from its totals and its per-bucket counts. */
    public static Overview of(OverviewRequest request, EventTotals totals, Map<Instant, Map<String, Long>> buckets) {
        return new Overview(request.range().from(), request.range().to(), request.campaignId().orElse(null),
                request.zone().getId(), request.interval().wireName(), request.audience().wireName(),
                request.filters().byParameter(), totals.eventsByType(), totals.messagesByType(), Rates.of(totals),
                OverviewSeries.points(request.range(), request.buckets(), buckets));
    }

    /** The time series: one row per bucket, its start then the events of each type. */
    @Override
    public CsvTable csvTable() {
        List<String> header = new ArrayList<>();
        header.add("start");
        header.addAll(EventTotals.EVENT_TYPES);
        List<List<Object>> rows = new ArrayList<>();
        for (OverviewPoint point : series) {
            List<Object> row = new ArrayList<>();
            row.add(point.start().toString());
            EventTotals.EVENT_TYPES.forEach(type -> row.add(point.counts().get(type)));
            rows.add(row);
        }
        return new CsvTable("overview-" + interval, header, rows);
    }
}
