package com.penguinmails.operational.alerts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes alert rules and their channel lists in PostgreSQL, inside the caller's transaction. Rows are
 * always looked up by (tenant, id), so another tenant's rule is absent rather than forbidden.
 */
public final class AlertRuleDao {

    private static final String SELECT = """
            SELECT r.*, ARRAY(SELECT c.channel_id FROM alert_rule_channels c WHERE c.rule_id = r.id
                              ORDER BY c.position) AS channels
            FROM alert_rules r""";

    /** The tenant's rule {@code id}, if it exists. */
    public Optional<AlertRule> find(Handle handle, String tenantId, String id) {
        return handle.createQuery(SELECT + " WHERE r.tenant_id = :tenant AND r.id = :id")
                .bind("tenant", tenantId).bind("id", id)
                .map((rs, ctx) -> rule(rs)).findOne();
    }

    /** The rule {@code id} of any tenant (the notifier reads rules named by alerts), if it exists. */
    public Optional<AlertRule> find(Handle handle, String id) {
        return handle.createQuery(SELECT + " WHERE r.id = :id").bind("id", id).map((rs, ctx) -> rule(rs)).findOne();
    }

    /** Every rule of the tenant, oldest first. */
    public List<AlertRule> list(Handle handle, String tenantId) {
        return handle.createQuery(SELECT + " WHERE r.tenant_id = :tenant ORDER BY r.created_at, r.id")
                .bind("tenant", tenantId).map((rs, ctx) -> rule(rs)).list();
    }

    /** Stores a new rule and its channels. */
    public void insert(Handle handle, AlertRule rule) {
        handle.createUpdate("""
                INSERT INTO alert_rules (id, tenant_id, workspace_id, name, metric, scope_kind, scope_value, comparison,
                    threshold, window_length, min_volume, cooldown, enabled, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :name, :metric, :scopeKind, :scopeValue, :comparison, :threshold,
                    :window, :minVolume, :cooldown, :enabled, :createdAt, :updatedAt)""")
                .bindMap(columns(rule)).execute();
        replaceChannels(handle, rule);
    }

    /** Replaces every field of the stored rule {@code rule.id()} (its tenant and creation time stay). */
    public void update(Handle handle, AlertRule rule) {
        handle.createUpdate("""
                UPDATE alert_rules SET workspace_id = :workspace, name = :name, metric = :metric,
                    scope_kind = :scopeKind, scope_value = :scopeValue, comparison = :comparison,
                    threshold = :threshold, window_length = :window, min_volume = :minVolume, cooldown = :cooldown,
                    enabled = :enabled, updated_at = :updatedAt
                WHERE id = :id AND tenant_id = :tenant""")
                .bindMap(columns(rule)).execute();
        replaceChannels(handle, rule);
    }

    /** Deletes the rule (its channel links go with it). */
    public void delete(Handle handle, String tenantId, String id) {
        handle.createUpdate("DELETE FROM alert_rules WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", id).execute();
    }

    /** The ids among {@code channelIds} that are not notification channels of the tenant. */
    public List<String> unknownChannels(Handle handle, String tenantId, List<String> channelIds) {
        List<String> known = handle.createQuery(
                        "SELECT id FROM notification_channels WHERE tenant_id = :tenant AND id = ANY(:ids)")
                .bind("tenant", tenantId).bindArray("ids", String.class, channelIds)
                .mapTo(String.class).list();
        return channelIds.stream().filter(id -> !known.contains(id)).toList();
    }

    private static void replaceChannels(Handle handle, AlertRule rule) {
        handle.createUpdate("DELETE FROM alert_rule_channels WHERE rule_id = :id").bind("id", rule.id()).execute();
        for (int position = 0; position < rule.channels().size(); position++) {
            handle.createUpdate("""
                    INSERT INTO alert_rule_channels (rule_id, channel_id, position) VALUES (:rule, :channel, :position)""")
                    .bind("rule", rule.id()).bind("channel", rule.channels().get(position))
                    .bind("position", position).execute();
        }
    }

    private static Map<String, Object> columns(AlertRule rule) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", rule.id());
        columns.put("tenant", rule.tenantId());
        columns.put("workspace", rule.workspaceId());
        columns.put("name", rule.name());
        columns.put("metric", rule.metric());
        columns.put("scopeKind", rule.scope().kind());
        columns.put("scopeValue", rule.scope().value());
        columns.put("comparison", rule.comparison());
        columns.put("threshold", rule.threshold());
        columns.put("window", rule.window());
        columns.put("minVolume", rule.minVolume());
        columns.put("cooldown", rule.cooldown());
        columns.put("enabled", rule.enabled());
        columns.put("createdAt", Timestamp.from(rule.createdAt()));
        columns.put("updatedAt", Timestamp.from(rule.updatedAt()));
        return columns;
    }

    private static AlertRule rule(ResultSet rs) throws SQLException {
        return new AlertRule(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("name"), rs.getString("metric"),
                new RuleScope(rs.getString("scope_kind"), rs.getString("scope_value")), rs.getString("comparison"),
                rs.getDouble("threshold"), rs.getString("window_length"), rs.getLong("min_volume"),
                rs.getString("cooldown"), rs.getBoolean("enabled"), strings(rs.getArray("channels")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
