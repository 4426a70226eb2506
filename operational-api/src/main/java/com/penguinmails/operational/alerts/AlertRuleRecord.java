package com.penguinmails.operational.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes the value of a rule's record on {@code control.alert-rules}: exactly the JSON the stream job reads
 * (stream-jobs/ALERTS.md); the key is the rule id, and a deleted rule is a tombstone (null value).
 */
public final class AlertRuleRecord {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertRuleRecord() {
    }

    /** The rule's JSON as published. */
    public static String json(AlertRule rule) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("rule_id", rule.id());
        json.put("tenant_id", rule.tenantId());
        json.put("name", rule.name());
        json.put("metric", rule.metric());
        ObjectNode scope = json.putObject("scope");
        scope.put("kind", rule.scope().kind());
        scope.put("value", rule.scope().value());
        json.put("comparison", rule.comparison());
        json.put("threshold", rule.threshold());
        json.put("window", rule.window());
        json.put("min_volume", rule.minVolume());
        json.put("cooldown", rule.cooldown());
        json.put("enabled", rule.enabled());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
