package com.penguinmails.query.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/campaigns/compare}: the requested campaigns side by side (in request order,
 * zeros for a campaign without activity) and each one's time series. In CSV, the side-by-side table.
 *
 * @param from the range's inclusive start
 * @param to the range's exclusive end
 * @param interval the series interval (auto resolved)
 * @param tz the zone of day and week buckets
 * @param audience all or human
 * @param resolution the deliverability table that answered
 * @param campaigns the key figures per campaign
 * @param series the time series per campaign, same order
 */
public record CampaignComparison(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("interval") String interval,
        @JsonProperty("tz") String tz,
        @JsonProperty("audience") String audience,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("campaigns") List<CampaignKpis> campaigns,
        @JsonProperty("series") List<CampaignSeries> series) implements CsvExportable {

    @Override
    public CsvTable csvTable() {
        return new CsvTable("campaign-comparison", Arrays.asList(CampaignKpis.CSV_HEADER),
                campaigns.stream().map(kpis -> CsvTable.row(kpis.csvCells())).toList());
    }
}
