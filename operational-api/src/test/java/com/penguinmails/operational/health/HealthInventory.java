package com.penguinmails.operational.health;

import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes sending infrastructure rows (V60) straight into the database, as the provisioning worker leaves them once a
 * server is active, so health and warm-up tests need no provider fake.
 */
public final class HealthInventory {

    private HealthInventory() {
    }

    /** An active server with one primary IP (PTR wanted: {@code ptrHost}) serving SMTP as {@code smtpHost:port}. */
    public static void activeServer(Jdbi jdbi, String tenantId, String workspaceId, String serverId, String ip,
            String ptrHost, String smtpHost, int port) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                    INSERT INTO servers (id, tenant_id, workspace_id, provider, provider_server_id, name, region, plan,
                                         status, idempotency_key, monthly_cost, currency, next_attempt_at, created_at,
                                         updated_at, active_at)
                    VALUES (:id, :tenant, :workspace, 'hostwinds', :id, :id, 'dallas', 'vps-1', 'active', :id, 12.50,
                            'USD', :now, :now, :now, :now)
                    """).bind("id", serverId).bind("tenant", tenantId).bind("workspace", workspaceId)
                    .bind("now", now).execute();
            handle.createUpdate("""
                    INSERT INTO server_ips (server_id, ip, version, is_primary, ptr_hostname, created_at)
                    VALUES (:server, CAST(:ip AS inet), 4, true, :ptr, :now)
                    """).bind("server", serverId).bind("ip", ip).bind("ptr", ptrHost).bind("now", now).execute();
            if (smtpHost != null) {
                handle.createUpdate("""
                        INSERT INTO smtp_hosts (id, tenant_id, workspace_id, server_id, hostname, port, created_at)
                        VALUES (:id, :tenant, :workspace, :server, :host, :port, :now)
                        """).bind("id", "smtp-" + serverId).bind("tenant", tenantId).bind("workspace", workspaceId)
                        .bind("server", serverId).bind("host", smtpHost).bind("port", port).bind("now", now).execute();
            }
        });
    }

    /** A sending domain (DOMAINS.md) without keys. */
    public static void sendingDomain(Jdbi jdbi, String tenantId, String workspaceId, String id, String name) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO sending_domains (id, tenant_id, workspace_id, name, bounce_domain, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :name, 'bounces.' || :name, now(), now())
                """).bind("id", id).bind("tenant", tenantId).bind("workspace", workspaceId).bind("name", name)
                .execute());
    }

    /** A live mailbox on a server's SMTP host. */
    public static void mailbox(Jdbi jdbi, String tenantId, String workspaceId, String id, String address) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO mailboxes (id, tenant_id, workspace_id, address, domain, quota_bytes, mailu_state,
                                       created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :address, split_part(:address, '@', 2), 1000000, 'active', now(),
                        now())
                """).bind("id", id).bind("tenant", tenantId).bind("workspace", workspaceId).bind("address", address)
                .execute());
    }
}
