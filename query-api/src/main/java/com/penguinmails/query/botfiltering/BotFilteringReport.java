package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/bot-filtering}: what the "human" open and click counts filter out, by class
 * and by classification reason, and a series of all / human / filtered per bucket.
 *
 * @param from the range's start, widened down to a whole UTC hour
 * @param to the range's end, widened up to a whole UTC hour
 * @param interval the bucket size: hour, day or week
 * @param tz the IANA zone the buckets are cut in
 * @param opens the opens split by class
 * @param clicks the clicks split by class
 * @param reasons the most frequent reason codes (at most {@link BotFilteringQuery#MAX_REASONS}), most first
 * @param series every calendar bucket (in {@code tz}) overlapping the range, oldest first
 */
public record BotFilteringReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("interval") String interval,
        @JsonProperty("tz") String tz,
        @JsonProperty("opens") EngagementSplit opens,
        @JsonProperty("clicks") EngagementSplit clicks,
        @JsonProperty("reasons") List<ReasonCount> reasons,
        @JsonProperty("series") List<BotFilteringPoint> series) implements CsvExportable {

    public BotFilteringReport {
        reasons = List.copyOf(reasons);
        series = List.copyOf(series);
    }

    /** The class breakdown: one line per event type and class. */
    @Override
    public CsvTable csvTable() {
        List<String> header = List.of("event_type", "engagement_class", "events", "share", "counted_as_human");
        List<List<Object>> lines = new ArrayList<>();
        for (String eventType : List.of("open", "click")) {
            for (EngagementClassCount c : ("open".equals(eventType) ? opens : clicks).classes()) {
                lines.add(CsvTable.row(eventType, c.engagementClass(), c.events(), c.share(), c.countedAsHuman()));
            }
        }
        return new CsvTable("bot-filtering", header, lines);
    }
}
