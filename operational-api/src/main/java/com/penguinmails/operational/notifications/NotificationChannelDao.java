package com.penguinmails.operational.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes notification channels in PostgreSQL, inside the caller's transaction; always by (tenant, id). */
public final class NotificationChannelDao {

    /** Stores a new channel. */
    public void insert(Handle handle, NotificationChannel channel) {
        handle.createUpdate("""
                        INSERT INTO notification_channels (id, tenant_id, workspace_id, name, type, webhook_id,
                            email_addresses, phone_numbers, health_alerts, created_at, updated_at)
                        VALUES (:id, :tenant, :workspace, :name, :type, :webhook, :emails, :phones, :health, :created,
                            :updated)""")
                .bind("id", channel.id()).bind("tenant", channel.tenantId()).bind("workspace", channel.workspaceId())
                .bind("name", channel.name()).bind("type", channel.type()).bind("webhook", channel.webhookId())
                .bindArray("emails", String.class, channel.emailAddresses())
                .bindArray("phones", String.class, channel.phoneNumbers())
                .bind("health", channel.healthAlerts()).bind("created", Timestamp.from(channel.createdAt()))
                .bind("updated", Timestamp.from(channel.updatedAt())).execute();
    }

    /** Replaces every field of channel {@code channel.id()} but its tenant and creation time. */
    public void update(Handle handle, NotificationChannel channel) {
        handle.createUpdate("""
                        UPDATE notification_channels SET workspace_id = :workspace, name = :name, type = :type,
                            webhook_id = :webhook, email_addresses = :emails, phone_numbers = :phones,
                            health_alerts = :health, updated_at = :updated
                        WHERE tenant_id = :tenant AND id = :id""")
                .bind("id", channel.id()).bind("tenant", channel.tenantId()).bind("workspace", channel.workspaceId())
                .bind("name", channel.name()).bind("type", channel.type()).bind("webhook", channel.webhookId())
                .bindArray("emails", String.class, channel.emailAddresses())
                .bindArray("phones", String.class, channel.phoneNumbers())
                .bind("health", channel.healthAlerts()).bind("updated", Timestamp.from(channel.updatedAt()))
                .execute();
    }

    /** Deletes the channel; rules that listed it no longer do. */
    public void delete(Handle handle, String tenantId, String id) {
        handle.createUpdate("DELETE FROM notification_channels WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", id).execute();
    }

    /** The tenant's channel {@code id}, if it exists. */
    public Optional<NotificationChannel> find(Handle handle, String tenantId, String id) {
        return handle.createQuery("SELECT * FROM notification_channels WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", id).map((rs, ctx) -> channel(rs)).findOne();
    }

    /** Every channel of the tenant, oldest first. */
    public List<NotificationChannel> list(Handle handle, String tenantId) {
        return handle.createQuery(
                        "SELECT * FROM notification_channels WHERE tenant_id = :tenant ORDER BY created_at, id")
                .bind("tenant", tenantId).map((rs, ctx) -> channel(rs)).list();
    }

    /** The channels of alert rule {@code ruleId} of the tenant, in the rule's order. */
    public List<NotificationChannel> ofRule(Handle handle, String tenantId, String ruleId) {
        return handle.createQuery("""
                        SELECT c.* FROM notification_channels c JOIN alert_rule_channels rc ON rc.channel_id = c.id
                        WHERE rc.rule_id = :rule AND c.tenant_id = :tenant ORDER BY rc.position""")
                .bind("tenant", tenantId).bind("rule", ruleId).map((rs, ctx) -> channel(rs)).list();
    }

    /** The tenant's channels flagged for health alerts (auto-pause recommendations). */
    public List<NotificationChannel> forHealthAlerts(Handle handle, String tenantId) {
        return handle.createQuery("""
                        SELECT * FROM notification_channels WHERE tenant_id = :tenant AND health_alerts
                        ORDER BY created_at, id""")
                .bind("tenant", tenantId).map((rs, ctx) -> channel(rs)).list();
    }

    /** Whether the tenant has webhook endpoint {@code webhookId}. */
    public boolean webhookExists(Handle handle, String tenantId, String webhookId) {
        return handle.createQuery("SELECT count(*) FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", webhookId).mapTo(Integer.class).one() > 0;
    }

    private static NotificationChannel channel(ResultSet rs) throws SQLException {
        return new NotificationChannel(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("name"), rs.getString("type"), rs.getString("webhook_id"),
                strings(rs.getArray("email_addresses")), strings(rs.getArray("phone_numbers")),
                rs.getBoolean("health_alerts"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
