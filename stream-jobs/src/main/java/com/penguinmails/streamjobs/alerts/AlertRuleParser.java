package com.penguinmails.streamjobs.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.streamjobs.health.RollingCounters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads one record of {@code control.alert-rules} (key = rule id, value = rule JSON or null for a tombstone) into a
 * {@link RuleUpdate}, checking every field; ALERTS.md documents the JSON. Unknown fields are ignored so the
 * operational API can add fields first. Stateless and thread-safe; serializable so deserializers can hold one.
 */
public final class AlertRuleParser implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What a rule id may contain: it ends up in alert ids, Kafka keys and logs. */
    public static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The rule id the health stage's pause recommendations use; rules may not take it. */
    public static final String AUTO_PAUSE_RULE_ID = "auto_pause";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The update a record stands for.
     *
     * @param key the record's key bytes (UTF-8 rule id)
     * @param value the record's value bytes (UTF-8 JSON); null for a tombstone
     * @throws InvalidRuleException if the key or value is not a valid rule
     */
    public RuleUpdate parse(byte[] key, byte[] value) throws InvalidRuleException {
        if (key == null) {
            throw new InvalidRuleException("The record has no key (the rule id)");
        }
        String ruleId = new String(key, StandardCharsets.UTF_8);
        checkRuleId(ruleId, "key");
        if (value == null) {
            return RuleUpdate.delete(ruleId);
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException("Not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRuleException("Unreadable: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidRuleException("A rule must be a JSON object");
        }
        String bodyId = text(json, "rule_id", true);
        if (!bodyId.equals(ruleId)) {
            throw new InvalidRuleException("rule_id " + bodyId + " differs from the record key " + ruleId);
        }
        return RuleUpdate.upsert(rule(ruleId, json));
    }

    private static AlertRule rule(String ruleId, JsonNode json) throws InvalidRuleException {
        String tenantId = text(json, "tenant_id", true);
        String name = json.hasNonNull("name") ? text(json, "name", true) : ruleId;
        Metric metric = parse("metric", text(json, "metric", true), Metric::fromWireName);
        JsonNode scope = json.get("scope");
        if (scope == null || !scope.isObject()) {
            throw new InvalidRuleException("scope must be an object {\"kind\":..., \"value\":...}");
        }
        ScopeKind kind = parse("scope.kind", text(scope, "kind", true), ScopeKind::fromWireName);
        String scopeValue = scope.hasNonNull("value") ? text(scope, "value", true) : null;
        Comparison comparison = json.hasNonNull("comparison")
                ? parse("comparison", text(json, "comparison", true), Comparison::fromWireName) : Comparison.ABOVE;
        JsonNode threshold = json.get("threshold");
        if (threshold == null || !threshold.isNumber() || !Double.isFinite(threshold.doubleValue())) {
            throw new InvalidRuleException("threshold must be a finite number");
        }
        Duration window = duration(json, "window", true);
        try {
            RollingCounters.checkWindow(window);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException("window: " + e.getMessage());
        }
        long minVolume = 0;
        if (json.hasNonNull("min_volume")) {
            JsonNode node = json.get("min_volume");
            if (!node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() < 0) {
                throw new InvalidRuleException("min_volume must be a whole number >= 0");
            }
            minVolume = node.longValue();
        }
        Duration cooldown = json.hasNonNull("cooldown") ? duration(json, "cooldown", true) : Duration.ZERO;
        if (cooldown.isNegative()) {
            throw new InvalidRuleException("cooldown must not be negative");
        }
        boolean enabled = true;
        if (json.has("enabled")) {
            if (!json.get("enabled").isBoolean()) {
                throw new InvalidRuleException("enabled must be true or false");
            }
            enabled = json.get("enabled").booleanValue();
        }
        return new AlertRule(ruleId, tenantId, name, metric, kind, scopeValue, comparison, threshold.doubleValue(),
                window, minVolume, cooldown, enabled);
    }

    private static void checkRuleId(String ruleId, String where) throws InvalidRuleException {
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new InvalidRuleException("The rule id (" + where + ") must match " + RULE_ID + ": " + ruleId);
        }
        if (AUTO_PAUSE_RULE_ID.equals(ruleId)) {
            throw new InvalidRuleException("The rule id " + AUTO_PAUSE_RULE_ID + " is reserved");
        }
    }

    private static String text(JsonNode json, String field, boolean required) throws InvalidRuleException {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidRuleException(field + " is required");
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new InvalidRuleException(field + " must be a non-empty string");
        }
        return node.textValue();
    }

    private static Duration duration(JsonNode json, String field, boolean required) throws InvalidRuleException {
        String text = text(json, field, required);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRuleException(field + " must be an ISO-8601 duration such as PT1H: " + text);
        }
    }

    private static <T> T parse(String field, String text, java.util.function.Function<String, T> parser)
            throws InvalidRuleException {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(field + ": " + e.getMessage());
        }
    }
}
