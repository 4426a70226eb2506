package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/bot-filtering}: what the "human" open and click counts filter out, by class
 * and by classification reason, and a series of all / human / filtered per bucket.
 *
 * @param from the range's start, widened down to a whole UTC hour
 * @param to the range's end, widened up to a whole UTC hour
 * @param interval the bucket size: hour, day or week
 * @param opens the opens split by class
 * @param clicks the clicks split by class
 * @param reasons the most frequent reason codes (at most {@link BotFilteringQuery#MAX_REASONS}), most first
 * @param series every bucket of the range, oldest first
 */
public record BotFilteringReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("interval") String interval,
        @JsonProperty("opens") EngagementSplit opens,
        @JsonProperty("clicks") EngagementSplit clicks,
        @JsonProperty("reasons") List<ReasonCount> reasons,
        @JsonProperty("series") List<BotFilteringPoint> series) {

    public BotFilteringReport {
        reasons = List.copyOf(reasons);
        series = List.copyOf(series);
    }
}
