package com.penguinmails.operational.apikeys;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes {@code api_keys}, inside the caller's handle (so changes share a transaction with their audit). */
final class ApiKeyDao {

    private static final String COLUMNS = "id, tenant_id, workspace_id, name, prefix, scopes, rate_limit_per_second, "
            + "created_by, created_at, last_used_at, expires_at, revoked_at, rotated_from";

    void insert(Handle handle, StoredApiKey key, String secretSha256) {
        handle.createUpdate("INSERT INTO api_keys (" + COLUMNS + ", secret_sha256) VALUES (:id, :tenant, :workspace, "
                        + ":name, :prefix, :scopes, :rateLimit, :createdBy, :createdAt, :lastUsedAt, :expiresAt, "
                        + ":revokedAt, :rotatedFrom, :sha256)")
                .bind("id", key.id())
                .bind("tenant", key.tenantId())
                .bind("workspace", key.workspaceId())
                .bind("name", key.name())
                .bind("prefix", key.prefix())
                .bindArray("scopes", String.class, key.scopes())
                .bind("rateLimit", key.rateLimitPerSecond())
                .bind("createdBy", key.createdBy())
                .bind("createdAt", timestamp(key.createdAt()))
                .bind("lastUsedAt", timestamp(key.lastUsedAt()))
                .bind("expiresAt", timestamp(key.expiresAt()))
                .bind("revokedAt", timestamp(key.revokedAt()))
                .bind("rotatedFrom", key.rotatedFrom())
                .bind("sha256", secretSha256)
                .execute();
    }

    /** Every key of the tenant, newest first. */
    List<StoredApiKey> list(Handle handle, String tenantId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE tenant_id = :tenant "
                        + "ORDER BY created_at DESC, id")
                .bind("tenant", tenantId)
                .map(ApiKeyDao::row)
                .list();
    }

    /** The tenant's key {@code id}, locked for update when {@code forUpdate}. */
    Optional<StoredApiKey> find(Handle handle, String tenantId, String id, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenantId)
                .bind("id", id)
                .map(ApiKeyDao::row)
                .findOne();
    }

    /** The key whose secret has this hash, if it is live at {@code now}. */
    Optional<StoredApiKey> findLive(Handle handle, String secretSha256, Instant now) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE secret_sha256 = :sha256 "
                        + "AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)")
                .bind("sha256", secretSha256)
                .bind("now", timestamp(now))
                .map(ApiKeyDao::row)
                .findOne();
    }

    void revoke(Handle handle, String id, Instant at) {
        handle.createUpdate("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id).bind("at", timestamp(at)).execute();
    }

    void expire(Handle handle, String id, Instant at) {
        handle.createUpdate("UPDATE api_keys SET expires_at = :at WHERE id = :id")
                .bind("id", id).bind("at", timestamp(at)).execute();
    }

    /** Whether {@code workspaceId} is a workspace of the tenant. */
    boolean workspaceExists(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM workspaces WHERE tenant_id = :tenant AND id = :id)")
                .bind("tenant", tenantId).bind("id", workspaceId)
                .mapTo(Boolean.class).one();
    }

    /** Moves {@code last_used_at} forward to the given times (never back), one batch for all keys. */
    void touch(Handle handle, Map<String, Instant> lastUsedById) {
        PreparedBatch batch = handle.prepareBatch("UPDATE api_keys SET last_used_at = :at WHERE id = :id "
                + "AND (last_used_at IS NULL OR last_used_at < :at)");
        lastUsedById.forEach((id, at) -> batch.bind("id", id).bind("at", timestamp(at)).add());
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static StoredApiKey row(ResultSet rs, StatementContext context) throws SQLException {
        Array scopes = rs.getArray("scopes");
        Integer rateLimit = rs.getObject("rate_limit_per_second", Integer.class);
        return new StoredApiKey(
                rs.getString("id"),
                rs.getString("tenant_id"),
                rs.getString("workspace_id"),
                rs.getString("name"),
                rs.getString("prefix"),
                Arrays.asList((String[]) scopes.getArray()),
                rateLimit,
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")),
                rs.getString("rotated_from"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
