package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability/bounces}: per value of the grouping, bounces by type and
 * reason with bounce and complaint rates judged against the configured thresholds.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param groupBy the grouping's wire name
 * @param resolution the bucket size that answered: minute, hour or day
 * @param thresholds the limits the statuses were judged against
 * @param rows one per value of the grouping, most messages sent first
 */
public record BounceBreakdown(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("thresholds") DeliverabilityThresholds thresholds,
        @JsonProperty("rows") List<BounceBreakdownRow> rows) {

    public BounceBreakdown {
        rows = List.copyOf(rows);
    }
}
