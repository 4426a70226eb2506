package com.penguinmails.query.alerts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The current state of one alert episode (stream-jobs/ALERTS.md): what fired, on which scope, the metric's value
 * against the rule's threshold.
 *
 * @param alertId {@code <rule_id>/<scope_kind>:<scope_value>/<fired_at>}
 * @param ruleId the rule, {@code auto_pause} for the health stage's pause recommendations
 * @param ruleName the rule's label
 * @param state firing or resolved
 * @param severity critical (auto_pause) or warning (tenant rules), see {@link AlertSeverity}
 * @param metric e.g. bounce_rate, complaint_rate; for auto_pause the health score
 * @param scopeKind tenant, campaign, sending_domain, mailbox, sending_ip or mailbox_provider
 * @param scopeValue the scope
 * @param comparison above or below
 * @param value the metric's value when last recorded (a fraction for rates)
 * @param threshold the rule's threshold
 * @param volume the window's denominator when last recorded
 * @param window the rule's window, ISO-8601 (e.g. PT1H)
 * @param firedAt when it fired (scope event time)
 * @param resolvedAt when it resolved, null while firing
 * @param detail free text: the health reasons for auto_pause, why a forced resolve happened
 */
public record Alert(
        @JsonProperty("alert_id") String alertId,
        @JsonProperty("rule_id") String ruleId,
        @JsonProperty("rule_name") String ruleName,
        @JsonProperty("state") String state,
        @JsonProperty("severity") String severity,
        @JsonProperty("metric") String metric,
        @JsonProperty("scope_kind") String scopeKind,
        @JsonProperty("scope_value") String scopeValue,
        @JsonProperty("comparison") String comparison,
        @JsonProperty("value") double value,
        @JsonProperty("threshold") double threshold,
        @JsonProperty("volume") long volume,
        @JsonProperty("window") String window,
        @JsonProperty("fired_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firedAt,
        @JsonProperty("resolved_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant resolvedAt,
        @JsonProperty("detail") String detail) {
}
