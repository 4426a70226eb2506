package com.penguinmails.query.heatmap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/heatmap}: the 7 x 24 matrix of one tenant (optionally one campaign) in a
 * time range, and the recommended send slots.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param campaignId the campaign filter, or null (left out of the JSON) for all campaigns
 * @param cells all 168 slots, Monday 00h first
 * @param recommendation the best slots for the requested metric
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeatmapAnswer(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("cells") List<HeatmapCell> cells,
        @JsonProperty("recommendation") SendTimeRecommendation recommendation) implements CsvExportable {

    /** The 7 x 24 cells: day of week, hour, then the counts. */
    @Override
    public CsvTable csvTable() {
        return new CsvTable("heatmap", List.of("day_of_week", "hour", "sends", "opens_human", "clicks_human",
                "replies_human"), cells.stream().map(cell -> CsvTable.row(cell.dayOfWeek(), cell.hour(), cell.sends(),
                        cell.opensHuman(), cell.clicksHuman(), cell.repliesHuman())).toList());
    }
}
