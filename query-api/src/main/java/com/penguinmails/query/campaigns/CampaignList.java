package com.penguinmails.query.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/campaigns}: each campaign with activity in the range and its key figures,
 * in the requested order, at most {@code limit} of them. In CSV, one row per campaign.
 *
 * @param from the range's inclusive start
 * @param to the range's exclusive end
 * @param audience all or human
 * @param resolution the deliverability table that answered (minute, hour or day), which is also the precision of
 *     first_send and last_send
 * @param sort the order
 * @param total how many campaigns had activity, before the limit
 * @param campaigns the campaigns, at most the limit
 */
public record CampaignList(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("audience") String audience,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("sort") String sort,
        @JsonProperty("total") int total,
        @JsonProperty("campaigns") List<CampaignKpis> campaigns) implements CsvExportable {

    /** Orders and cuts {@code kpis} as {@code request} asks. */
    public static CampaignList of(CampaignListRequest request, List<CampaignKpis> kpis) {
        List<CampaignKpis> ordered = kpis.stream().sorted(request.sort().comparator()).limit(request.limit()).toList();
        return new CampaignList(request.range().from(), request.range().to(), request.audience().wireName(),
                request.resolution().wireName(), request.sort().wireName(), kpis.size(), ordered);
    }

    @Override
    public CsvTable csvTable() {
        return new CsvTable("campaigns", Arrays.asList(CampaignKpis.CSV_HEADER),
                campaigns.stream().map(kpis -> CsvTable.row(kpis.csvCells())).toList());
    }
}
