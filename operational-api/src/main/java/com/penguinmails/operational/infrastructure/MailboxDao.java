package com.penguinmails.operational.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes mailboxes within the caller's Jdbi handle; lookups are by tenant and workspace as well as id. */
public final class MailboxDao {

    private static final String COLUMNS = """
            id, workspace_id, address, domain, smtp_host_id, display_name, quota_bytes, mailu_state, daily_limit,
            created_at, updated_at, deleted_at""";

    public void insert(Handle handle, String tenantId, MailboxView mailbox) {
        handle.createUpdate("""
                INSERT INTO mailboxes (id, tenant_id, workspace_id, address, domain, smtp_host_id, display_name,
                                       quota_bytes, mailu_state, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :address, :domain, :smtpHost, :displayName, :quota, :state,
                        :created, :created)""")
                .bind("id", mailbox.id()).bind("tenant", tenantId).bind("workspace", mailbox.workspaceId())
                .bind("address", mailbox.address()).bind("domain", mailbox.domain())
                .bind("smtpHost", mailbox.smtpHostId()).bind("displayName", mailbox.displayName())
                .bind("quota", mailbox.quotaBytes()).bind("state", mailbox.mailuState())
                .bind("created", mailbox.createdAt())
                .execute();
    }

    public Optional<MailboxView> find(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM mailboxes"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> mailbox(rs)).findOne();
    }

    /** The live (not deleted) mailbox with {@code address}, in any tenant. */
    public Optional<MailboxView> findLive(Handle handle, String address) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM mailboxes"
                        + " WHERE address = :address AND mailu_state <> 'deleted'")
                .bind("address", address)
                .map((rs, ctx) -> mailbox(rs)).findOne();
    }

    /** The workspace's mailboxes; deleted ones only when {@code includeDeleted}. */
    public List<MailboxView> list(Handle handle, String tenantId, String workspaceId, boolean includeDeleted) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM mailboxes"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace"
                        + (includeDeleted ? "" : " AND mailu_state <> 'deleted'")
                        + " ORDER BY address, created_at")
                .bind("tenant", tenantId).bind("workspace", workspaceId)
                .map((rs, ctx) -> mailbox(rs)).list();
    }

    public void markDeleted(Handle handle, String id, Instant now) {
        handle.createUpdate("UPDATE mailboxes SET mailu_state = 'deleted', deleted_at = :now, updated_at = :now"
                        + " WHERE id = :id")
                .bind("id", id).bind("now", now).execute();
    }

    /** Whether the workspace has sending domain {@code domain}. */
    public boolean hasSendingDomain(Handle handle, String tenantId, String workspaceId, String domain) {
        return handle.createQuery("SELECT count(*) FROM sending_domains"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND name = :domain")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("domain", domain)
                .mapTo(Integer.class).one() > 0;
    }

    /** Whether the workspace has SMTP host {@code id}. */
    public boolean hasSmtpHost(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT count(*) FROM smtp_hosts"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    private static MailboxView mailbox(ResultSet rs) throws SQLException {
        int limit = rs.getInt("daily_limit");
        Integer dailyLimit = rs.wasNull() ? null : limit;
        return new MailboxView(rs.getString("id"), rs.getString("workspace_id"), rs.getString("address"),
                rs.getString("domain"), rs.getString("smtp_host_id"), rs.getString("display_name"),
                rs.getLong("quota_bytes"), rs.getString("mailu_state"), dailyLimit,
                ServerDao.instant(rs, "created_at"), ServerDao.instant(rs, "updated_at"),
                ServerDao.instant(rs, "deleted_at"));
    }
}
