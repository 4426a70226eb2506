package com.penguinmails.query.alerts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
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
        @JsonProperty("alerts") List<Alert> alerts) implements CsvExportable {

    public AlertsReport {
        alerts = List.copyOf(alerts);
    }

    /** One line per alert. */
    @Override
    public CsvTable csvTable() {
        List<String> header = List.of("alert_id", "rule_id", "rule_name", "state", "severity", "metric", "scope_kind",
                "scope_value", "comparison", "value", "threshold", "volume", "window", "fired_at", "resolved_at",
                "detail");
        List<List<Object>> lines = alerts.stream().map(a -> CsvTable.row(a.alertId(), a.ruleId(), a.ruleName(),
                a.state(), a.severity(), a.metric(), a.scopeKind(), a.scopeValue(), a.comparison(), a.value(),
                a.threshold(), a.volume(), a.window(), a.firedAt().toString(),
                a.resolvedAt() == null ? null : a.resolvedAt().toString(), a.detail())).toList();
        return new CsvTable("alerts", header, lines);
    }
}
