package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.infrastructure.provider.ProviderIp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes servers, their IP addresses and SMTP hosts within the caller's Jdbi handle. Lookups for the API
 * are by tenant and workspace as well as id, so another tenant's server is never found.
 */
public final class ServerDao {

    private static final String COLUMNS = """
            id, tenant_id, workspace_id, provider, provider_server_id, name, region, plan, status, idempotency_key,
            monthly_cost, currency, attempts, next_attempt_at, create_sent_at, last_error, created_at, updated_at,
            active_at, deleted_at""";

    public void insert(Handle handle, Server server) {
        handle.createUpdate("""
                INSERT INTO servers (id, tenant_id, workspace_id, provider, name, region, plan, status, idempotency_key,
                                     monthly_cost, currency, next_attempt_at, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :provider, :name, :region, :plan, :status, :key, :cost, :currency,
                        :next, :created, :created)""")
                .bind("id", server.id()).bind("tenant", server.tenantId()).bind("workspace", server.workspaceId())
                .bind("provider", server.provider()).bind("name", server.name()).bind("region", server.region())
                .bind("plan", server.plan()).bind("status", server.status().wireName())
                .bind("key", server.idempotencyKey()).bind("cost", server.monthlyCost())
                .bind("currency", server.currency()).bind("next", server.nextAttemptAt())
                .bind("created", server.createdAt())
                .execute();
    }

    public Optional<Server> find(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM servers"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> server(rs)).findOne();
    }

    /** The server {@code id} of the workspace, its row locked until the transaction ends. */
    public Optional<Server> lock(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM servers"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id FOR UPDATE")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> server(rs)).findOne();
    }

    /** The tenant's server made for idempotency key {@code key}, if any. */
    public Optional<Server> findByIdempotencyKey(Handle handle, String tenantId, String key) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM servers WHERE tenant_id = :tenant"
                        + " AND idempotency_key = :key")
                .bind("tenant", tenantId).bind("key", key)
                .map((rs, ctx) -> server(rs)).findOne();
    }

    public List<Server> list(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM servers"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace ORDER BY created_at, id")
                .bind("tenant", tenantId).bind("workspace", workspaceId)
                .map((rs, ctx) -> server(rs)).list();
    }

    /**
     * Claims up to {@code limit} servers the worker has to look at now, for {@code lease}: their next attempt moves to
     * {@code now + lease}, so another instance skips them (rows being claimed are skipped too) until the lease ends,
     * even if this instance dies while working on them.
     */
    public List<Server> claimDue(Handle handle, Instant now, Duration lease, int limit) {
        return handle.createQuery("""
                UPDATE servers SET next_attempt_at = :leaseEnd
                WHERE id IN (SELECT id FROM servers
                             WHERE status IN ('requested', 'provisioning', 'deleting') AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)
                .bind("leaseEnd", now.plus(lease)).bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> server(rs)).list();
    }

    /** Records that a create call is about to go out (committed before the call). */
    public void markCreateSent(Handle handle, String id, Instant now) {
        handle.createUpdate("UPDATE servers SET create_sent_at = :now, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("now", now).execute();
    }

    /**
     * Stores a worker step, unless the server's status changed since the step started (a decommission came in): then
     * only a newly learned provider id is kept and the row is left for the next round.
     *
     * @return whether the step was stored
     */
    public boolean applyStep(Handle handle, Server before, ProvisioningStep step, Instant now) {
        int updated = handle.createUpdate("""
                UPDATE servers SET status = :status, provider_server_id = COALESCE(:providerId, provider_server_id),
                    attempts = :attempts, next_attempt_at = :next, last_error = :error, updated_at = :now,
                    active_at = CASE WHEN :status = 'active' AND active_at IS NULL THEN :now ELSE active_at END,
                    deleted_at = CASE WHEN :status = 'deleted' AND deleted_at IS NULL THEN :now ELSE deleted_at END
                WHERE id = :id AND status = :expected""")
                .bind("id", before.id()).bind("expected", before.status().wireName())
                .bind("status", step.status().wireName()).bind("providerId", step.providerServerId())
                .bind("attempts", step.attempts()).bind("next", step.nextAttemptAt()).bind("error", step.lastError())
                .bind("now", now)
                .execute();
        if (updated == 0 && step.providerServerId() != null) {
            handle.createUpdate("UPDATE servers SET provider_server_id = COALESCE(provider_server_id, :providerId),"
                            + " next_attempt_at = :now WHERE id = :id")
                    .bind("id", before.id()).bind("providerId", step.providerServerId()).bind("now", now).execute();
        }
        if (updated > 0) {
            insertIps(handle, before.id(), step.ips(), now);
        }
        return updated > 0;
    }

    /** Moves a server to {@code deleting}, due at once. */
    public void startDecommission(Handle handle, String id, Instant now) {
        handle.createUpdate("""
                UPDATE servers SET status = 'deleting', attempts = 0, next_attempt_at = :now, last_error = NULL,
                    updated_at = :now
                WHERE id = :id""")
                .bind("id", id).bind("now", now).execute();
    }

    private static void insertIps(Handle handle, String serverId, List<ProviderIp> ips, Instant now) {
        for (ProviderIp ip : ips) {
            handle.createUpdate("""
                    INSERT INTO server_ips (server_id, ip, version, is_primary, created_at)
                    VALUES (:server, CAST(:ip AS inet), :version, :primary, :now)
                    ON CONFLICT (server_id, ip) DO NOTHING""")
                    .bind("server", serverId).bind("ip", ip.address()).bind("version", (short) ip.version())
                    .bind("primary", ip.primary()).bind("now", now)
                    .execute();
        }
    }

    public List<ServerIpView> ips(Handle handle, String serverId) {
        return handle.createQuery("""
                SELECT host(ip) AS ip, version, is_primary, ptr_hostname, ptr_set_at FROM server_ips
                WHERE server_id = :server ORDER BY is_primary DESC, ip""")
                .bind("server", serverId)
                .map((rs, ctx) -> new ServerIpView(rs.getString("ip"), rs.getInt("version"),
                        rs.getBoolean("is_primary"), rs.getString("ptr_hostname"), instant(rs, "ptr_set_at")))
                .list();
    }

    /** Address {@code ip} of the server, if it has it. */
    public Optional<ServerIpView> ip(Handle handle, String serverId, String ip) {
        return handle.createQuery("""
                SELECT host(ip) AS ip, version, is_primary, ptr_hostname, ptr_set_at FROM server_ips
                WHERE server_id = :server AND ip = CAST(:ip AS inet)""")
                .bind("server", serverId).bind("ip", ip)
                .map((rs, ctx) -> new ServerIpView(rs.getString("ip"), rs.getInt("version"),
                        rs.getBoolean("is_primary"), rs.getString("ptr_hostname"), instant(rs, "ptr_set_at")))
                .findOne();
    }

    /** Whether the server has address {@code ip}. */
    public boolean hasIp(Handle handle, String serverId, String ip) {
        return handle.createQuery("SELECT count(*) FROM server_ips WHERE server_id = :server"
                        + " AND ip = CAST(:ip AS inet)")
                .bind("server", serverId).bind("ip", ip).mapTo(Integer.class).one() > 0;
    }

    public void setPtr(Handle handle, String serverId, String ip, String hostname, Instant now) {
        handle.createUpdate("UPDATE server_ips SET ptr_hostname = :hostname, ptr_set_at = :now"
                        + " WHERE server_id = :server AND ip = CAST(:ip AS inet)")
                .bind("server", serverId).bind("ip", ip).bind("hostname", hostname).bind("now", now).execute();
    }

    public void insertSmtpHost(Handle handle, SmtpHostView host, String tenantId, String workspaceId) {
        handle.createUpdate("""
                INSERT INTO smtp_hosts (id, tenant_id, workspace_id, server_id, hostname, port, created_at)
                VALUES (:id, :tenant, :workspace, :server, :hostname, :port, :created)""")
                .bind("id", host.id()).bind("tenant", tenantId).bind("workspace", workspaceId)
                .bind("server", host.serverId()).bind("hostname", host.hostname()).bind("port", host.port())
                .bind("created", host.createdAt())
                .execute();
    }

    public List<SmtpHostView> smtpHosts(Handle handle, String serverId) {
        return handle.createQuery("SELECT id, server_id, hostname, port, created_at FROM smtp_hosts"
                        + " WHERE server_id = :server ORDER BY hostname, port")
                .bind("server", serverId)
                .map((rs, ctx) -> new SmtpHostView(rs.getString("id"), rs.getString("server_id"),
                        rs.getString("hostname"), rs.getInt("port"), instant(rs, "created_at")))
                .list();
    }

    /** Deletes SMTP host {@code id} of the server; whether there was one. */
    public boolean deleteSmtpHost(Handle handle, String serverId, String id) {
        return handle.createUpdate("DELETE FROM smtp_hosts WHERE server_id = :server AND id = :id")
                .bind("server", serverId).bind("id", id).execute() > 0;
    }

    /** Whether workspace {@code workspaceId} exists in tenant {@code tenantId}. */
    public boolean workspaceExists(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT count(*) FROM workspaces WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", workspaceId).mapTo(Integer.class).one() > 0;
    }

    private static Server server(ResultSet rs) throws SQLException {
        return new Server(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("provider"), rs.getString("provider_server_id"), rs.getString("name"),
                rs.getString("region"), rs.getString("plan"), ServerStatus.of(rs.getString("status")),
                rs.getString("idempotency_key"), rs.getBigDecimal("monthly_cost"), rs.getString("currency"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "create_sent_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "active_at"), instant(rs, "deleted_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
