package com.penguinmails.streamjobs.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link Alert} as the JSON of the Kafka topic {@code alerts} (documented in ALERTS.md): snake_case
 * fields, times ISO-8601 UTC, window ISO-8601, {@code resolved_at} null while firing.
 */
public final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    /** The alert's JSON as a tree. */
    public static ObjectNode toTree(Alert alert) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("alert_id", alert.alertId());
        json.put("rule_id", alert.ruleId());
        json.put("rule_name", alert.ruleName());
        json.put("tenant_id", alert.tenantId());
        json.put("state", alert.state().wireName());
        json.put("metric", alert.metric());
        json.put("scope_kind", alert.scopeKind());
        json.put("scope_value", alert.scopeValue());
        json.put("comparison", alert.comparison());
        json.put("value", alert.value());
        json.put("threshold", alert.threshold());
        json.put("volume", alert.volume());
        json.put("window", alert.window().toString());
        json.put("fired_at", alert.firedAt().toString());
        json.put("resolved_at", alert.resolvedAt() == null ? null : alert.resolvedAt().toString());
        json.put("detail", alert.detail());
        return json;
    }

    /** The alert's JSON as UTF-8 bytes. */
    public static byte[] toBytes(Alert alert) {
        try {
            return MAPPER.writeValueAsString(toTree(alert)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
