package com.penguinmails.operational.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A health alert in the alert record JSON of stream-jobs/ALERTS.md, so the notifier delivers it like the stream job's
 * alerts: {@code rule_id} and {@code metric} are {@code health.<check>} (no rule of that id exists; the notifier sends
 * {@code health.*} alerts to the organisation's channels flagged {@code health_alerts}), {@code scope_kind} is
 * {@code smtp_host}, {@code sending_ip} or {@code sending_domain}, {@code value} 1 while failing and 0 once resolved,
 * {@code threshold} 0, {@code volume} 0, {@code window} {@code PT0S}, {@code detail} what the check found. Extra field
 * {@code workspace_id}. {@code alert_id} = {@code health.<check>/<scope_kind>:<target>/<fired_at>}: the same for the
 * firing and the resolved record of one episode.
 *
 * @param resolvedAt null while firing
 */
public record HealthAlert(HealthCheck check, Instant firedAt, Instant resolvedAt, String detail) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code health.<check>}. */
    public String ruleId() {
        return "health." + check.kind().wire();
    }

    /** Deterministic per episode. */
    public String alertId() {
        return ruleId() + "/" + check.kind().scopeKind() + ":" + check.target() + "/" + firedAt;
    }

    /** The record's JSON. */
    public String json() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("alert_id", alertId());
        node.put("rule_id", ruleId());
        node.put("rule_name", label() + " of " + check.target());
        node.put("tenant_id", check.tenantId());
        node.put("workspace_id", check.workspaceId());
        node.put("state", resolvedAt == null ? "firing" : "resolved");
        node.put("metric", ruleId());
        node.put("scope_kind", check.kind().scopeKind());
        node.put("scope_value", check.target());
        node.put("comparison", "above");
        node.put("value", resolvedAt == null ? 1 : 0);
        node.put("threshold", 0);
        node.put("volume", 0);
        node.put("window", "PT0S");
        node.put("fired_at", firedAt.toString());
        if (resolvedAt == null) {
            node.putNull("resolved_at");
        } else {
            node.put("resolved_at", resolvedAt.toString());
        }
        node.put("detail", detail);
        return node.toString();
    }

    private String label() {
        return switch (check.kind()) {
            case SMTP -> "SMTP health";
            case TLS_CERTIFICATE -> "TLS certificate";
            case REVERSE_DNS -> "Reverse DNS";
            case DNSBL_IP -> "IP blocklists";
            case DNSBL_DOMAIN -> "Domain blocklists";
        };
    }
}
