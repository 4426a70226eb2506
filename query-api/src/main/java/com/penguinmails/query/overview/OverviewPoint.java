package com.penguinmails.query.overview;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bucket of the overview's KPI time series.
 *
 * @param start the bucket's start (in UTC; the bucket is cut in the request's zone)
 * @param counts events per type in the bucket (every type of {@link EventTotals#EVENT_TYPES}, zeros included)
 */
public record OverviewPoint(
        @JsonProperty("start") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
        @JsonProperty("counts") Map<String, Long> counts) {

    public OverviewPoint {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
