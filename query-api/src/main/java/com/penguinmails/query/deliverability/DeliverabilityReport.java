package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability}.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param groupBy the grouping's wire name
 * @param resolution the bucket size that answered: minute, hour or day
 * @param groups one row per value of the grouping, most messages sent first
 */
public record DeliverabilityReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("groups") List<DeliverabilityGroup> groups) {

    public DeliverabilityReport {
        groups = List.copyOf(groups);
    }

    /** The report answering {@code request} with its groups. */
    public static DeliverabilityReport of(DeliverabilityRequest request, List<DeliverabilityGroup> groups) {
        return new DeliverabilityReport(request.range().from(), request.range().to(), request.grouping().wireName(),
                request.resolution().wireName(), groups);
    }
}
