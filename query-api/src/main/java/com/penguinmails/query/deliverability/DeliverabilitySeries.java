package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability/series}: sends, deliveries, bounces and complaints per bucket
 * of the interval, every bucket of the range present (zeros when empty).
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param interval the bucket size: minute, hour, day or week
 * @param resolution the table that answered: minute, hour or day
 * @param thresholds the limits the statuses were judged against
 * @param points one per bucket, oldest first
 */
public record DeliverabilitySeries(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("interval") String interval,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("thresholds") DeliverabilityThresholds thresholds,
        @JsonProperty("points") List<DeliverabilityPoint> points) {

    public DeliverabilitySeries {
        points = List.copyOf(points);
    }
}
