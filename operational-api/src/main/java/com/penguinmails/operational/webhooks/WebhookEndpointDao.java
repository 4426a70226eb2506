package com.penguinmails.operational.webhooks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes webhook endpoints in PostgreSQL, inside the caller's transaction. The sealed signing secret is only
 * read by {@link #signingTarget}; every other read leaves it out.
 */
public final class WebhookEndpointDao {

    /** What a delivery needs of its endpoint. */
    public record SigningTarget(String id, String url, byte[] sealedSecret, boolean enabled) {
    }

    /** An enabled endpoint's subscription, for the fan-out of alerts and events. */
    public record Subscription(String endpointId, String tenantId, List<String> eventTypes, Instant createdAt) {
    }

    private static final String COLUMNS = "id, tenant_id, workspace_id, url, description, event_types, enabled, "
            + "disabled_reason, created_at, updated_at";

    /** Stores a new endpoint with its sealed secret. */
    public void insert(Handle handle, WebhookEndpoint endpoint, byte[] sealedSecret) {
        handle.createUpdate("""
                        INSERT INTO webhook_endpoints (id, tenant_id, workspace_id, url, description, event_types,
                            secret_sealed, enabled, created_at, updated_at)
                        VALUES (:id, :tenant, :workspace, :url, :description, :types, :secret, :enabled, :created,
                            :updated)""")
                .bind("id", endpoint.id()).bind("tenant", endpoint.tenantId())
                .bind("workspace", endpoint.workspaceId()).bind("url", endpoint.url())
                .bind("description", endpoint.description())
                .bindArray("types", String.class, endpoint.eventTypes()).bind("secret", sealedSecret)
                .bind("enabled", endpoint.enabled()).bind("created", Timestamp.from(endpoint.createdAt()))
                .bind("updated", Timestamp.from(endpoint.updatedAt())).execute();
    }

    /** Replaces the editable fields of endpoint {@code endpoint.id()}. */
    public void update(Handle handle, WebhookEndpoint endpoint) {
        handle.createUpdate("""
                        UPDATE webhook_endpoints SET workspace_id = :workspace, url = :url, description = :description,
                            event_types = :types, enabled = :enabled, disabled_reason = :reason, updated_at = :updated
                        WHERE tenant_id = :tenant AND id = :id""")
                .bind("id", endpoint.id()).bind("tenant", endpoint.tenantId())
                .bind("workspace", endpoint.workspaceId()).bind("url", endpoint.url())
                .bind("description", endpoint.description())
                .bindArray("types", String.class, endpoint.eventTypes()).bind("enabled", endpoint.enabled())
                .bind("reason", endpoint.disabledReason()).bind("updated", Timestamp.from(endpoint.updatedAt()))
                .execute();
    }

    /** Deletes the endpoint with its deliveries and the notification channels pointing at it. */
    public void delete(Handle handle, String tenantId, String id) {
        handle.createUpdate("DELETE FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", id).execute();
    }

    /** The tenant's endpoint {@code id}, if it exists. */
    public Optional<WebhookEndpoint> find(Handle handle, String tenantId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", id).map((rs, ctx) -> endpoint(rs)).findOne();
    }

    /** Every endpoint of the tenant, oldest first. */
    public List<WebhookEndpoint> list(Handle handle, String tenantId) {
        return handle.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_endpoints WHERE tenant_id = :tenant ORDER BY created_at, id")
                .bind("tenant", tenantId).map((rs, ctx) -> endpoint(rs)).list();
    }

    /** The URL and sealed secret of endpoint {@code id}, if it still exists. */
    public Optional<SigningTarget> signingTarget(Handle handle, String id) {
        return handle.createQuery("SELECT id, url, secret_sealed, enabled FROM webhook_endpoints WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new SigningTarget(rs.getString("id"), rs.getString("url"),
                        rs.getBytes("secret_sealed"), rs.getBoolean("enabled")))
                .findOne();
    }

    /** Switches endpoint {@code id} off, saying why. */
    public void disable(Handle handle, String id, String reason, Instant now) {
        handle.createUpdate("""
                        UPDATE webhook_endpoints SET enabled = false, disabled_reason = :reason, updated_at = :now
                        WHERE id = :id""")
                .bind("id", id).bind("reason", reason).bind("now", Timestamp.from(now)).execute();
    }

    /** The enabled endpoints of {@code tenantIds} subscribed to at least one of {@code eventTypes}. */
    public List<Subscription> subscriptions(Handle handle, List<String> tenantIds, List<String> eventTypes) {
        return handle.createQuery("""
                        SELECT id, tenant_id, event_types, created_at FROM webhook_endpoints
                        WHERE enabled AND tenant_id = ANY(:tenants) AND event_types && CAST(:types AS text[])""")
                .bindArray("tenants", String.class, tenantIds).bindArray("types", String.class, eventTypes)
                .map((rs, ctx) -> new Subscription(rs.getString("id"), rs.getString("tenant_id"),
                        strings(rs.getArray("event_types")), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        return new WebhookEndpoint(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("url"), rs.getString("description"), strings(rs.getArray("event_types")),
                rs.getBoolean("enabled"), rs.getString("disabled_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
