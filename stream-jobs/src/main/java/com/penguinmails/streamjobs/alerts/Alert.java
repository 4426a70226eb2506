package com.penguinmails.streamjobs.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A fired or resolved alert, as written to the Kafka topic {@code alerts} (JSON, see {@link AlertJson}) and the
 * ClickHouse table {@code alerts}.
 *
 * @param alertId {@code <rule_id>/<scope_kind>:<scope_value>/<fired_at>}: the same for the firing and the resolved
 *     record of one episode, and the same on every replay
 * @param ruleId the rule, or {@code auto_pause} for a pause recommendation of the health stage
 * @param ruleName the rule's name
 * @param tenantId the tenant
 * @param state firing or resolved
 * @param metric the rule's metric ({@code auto_pause} for pause recommendations)
 * @param scopeKind the scope's kind
 * @param scopeValue the scope
 * @param comparison above or below
 * @param value the metric's value when the record was made
 * @param threshold the rule's threshold
 * @param volume the window's volume when the record was made
 * @param window the rule's window
 * @param firedAt when the episode fired (scope event time)
 * @param resolvedAt when it resolved; null while firing
 * @param detail free text: for pause recommendations the health reasons, for a forced resolve why
 */
public record Alert(String alertId, String ruleId, String ruleName, String tenantId, AlertState state, String metric,
        String scopeKind, String scopeValue, String comparison, double value, double threshold, long volume,
        Duration window, Instant firedAt, Instant resolvedAt, String detail) {

    /** Checks the required parts. */
    public Alert {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(firedAt, "firedAt");
        Objects.requireNonNull(window, "window");
        detail = detail == null ? "" : detail;
    }

    /** The deterministic id of an episode. */
    public static String idOf(String ruleId, String scopeKind, String scopeValue, Instant firedAt) {
        return ruleId + "/" + scopeKind + ":" + scopeValue + "/" + firedAt;
    }
}
