package com.penguinmails.query.alerts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/alerts}: alert episodes overlapping the range, newest first.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param status the state asked for
 * @param severity the severity asked for
 * @param alerts at most the limit asked for, by fired_at descending (then alert_id)
 */
public record AlertsReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("status") String status,
        @JsonProperty("severity") String severity,
        @JsonProperty("alerts") List<Alert> alerts) {

    public AlertsReport {
        alerts = List.copyOf(alerts);
    }
}
