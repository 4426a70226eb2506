package com.penguinmails.operational.domains;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes sending domains and their DKIM keys, within the caller's Jdbi handle (so changes share the
 * transaction of their audit record). Every lookup is by tenant as well as id.
 */
public final class SendingDomainDao {

    private static final String DOMAIN_COLUMNS = """
            id, tenant_id, workspace_id, name, bounce_domain, tracking_domain, dmarc_stage, status, created_at,
            verified_at, last_checked_at, tracking_verified_at""";

    public Optional<SendingDomain> find(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT " + DOMAIN_COLUMNS + " FROM sending_domains"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> domain(rs)).findOne();
    }

    /** The domain {@code id} for update, locking its row until the transaction ends. */
    public Optional<SendingDomain> lock(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("SELECT " + DOMAIN_COLUMNS + " FROM sending_domains"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id FOR UPDATE")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> domain(rs)).findOne();
    }

    public List<SendingDomain> list(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT " + DOMAIN_COLUMNS + " FROM sending_domains"
                        + " WHERE tenant_id = :tenant AND workspace_id = :workspace ORDER BY name")
                .bind("tenant", tenantId).bind("workspace", workspaceId)
                .map((rs, ctx) -> domain(rs)).list();
    }

    /** Whether workspace {@code workspaceId} exists in tenant {@code tenantId}. */
    public boolean workspaceExists(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT count(*) FROM workspaces WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", workspaceId).mapTo(Integer.class).one() > 0;
    }

    public void insert(Handle handle, SendingDomain domain) {
        handle.createUpdate("""
                INSERT INTO sending_domains (id, tenant_id, workspace_id, name, bounce_domain, tracking_domain,
                                             dmarc_stage, status, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :name, :bounce, :tracking, :stage, :status, :created, :created)""")
                .bind("id", domain.id()).bind("tenant", domain.tenantId()).bind("workspace", domain.workspaceId())
                .bind("name", domain.name()).bind("bounce", domain.bounceDomain())
                .bind("tracking", domain.trackingDomain()).bind("stage", domain.dmarcStage().wireName())
                .bind("status", domain.status()).bind("created", domain.createdAt())
                .execute();
    }

    /** Sets the bounce and tracking domains; a changed tracking domain is no longer served until verified again. */
    public void updateHosts(Handle handle, String id, String bounceDomain, String trackingDomain, boolean trackingChanged,
            Instant now) {
        handle.createUpdate("""
                UPDATE sending_domains SET bounce_domain = :bounce, tracking_domain = :tracking, updated_at = :now,
                    tracking_verified_at = CASE WHEN :changed THEN NULL ELSE tracking_verified_at END
                WHERE id = :id""")
                .bind("id", id).bind("bounce", bounceDomain).bind("tracking", trackingDomain)
                .bind("changed", trackingChanged).bind("now", now)
                .execute();
    }

    public void updateDmarcStage(Handle handle, String id, DmarcStage stage, Instant now) {
        handle.createUpdate("UPDATE sending_domains SET dmarc_stage = :stage, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("stage", stage.wireName()).bind("now", now).execute();
    }

    /** Stores a verification: its checks (JSON), the status and, when they passed, the verification times. */
    public void recordCheck(Handle handle, String id, String status, String checksJson, Instant checkedAt,
            boolean trackingVerified) {
        handle.createUpdate("""
                UPDATE sending_domains SET status = :status, last_check = CAST(:checks AS jsonb),
                    last_checked_at = :at,
                    verified_at = CASE WHEN :status = 'verified' THEN :at ELSE verified_at END,
                    tracking_verified_at = CASE WHEN :tracking AND tracking_verified_at IS NULL THEN :at
                                                ELSE tracking_verified_at END
                WHERE id = :id""")
                .bind("id", id).bind("status", status).bind("checks", checksJson).bind("at", checkedAt)
                .bind("tracking", trackingVerified)
                .execute();
    }

    /** The stored checks of the last verification as JSON, if the domain was ever checked. */
    public Optional<String> lastCheck(Handle handle, String id) {
        return handle.createQuery("SELECT last_check::text FROM sending_domains WHERE id = :id AND last_check IS NOT NULL")
                .bind("id", id).mapTo(String.class).findOne();
    }

    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM sending_domains WHERE id = :id").bind("id", id).execute();
    }

    /** Tracking domains served to ingestion: those verified, with their tenant, ordered by host. */
    public List<TrackingDomain> verifiedTrackingDomains(Handle handle) {
        return handle.createQuery("""
                SELECT tracking_domain, tenant_id FROM sending_domains
                WHERE tracking_domain IS NOT NULL AND tracking_verified_at IS NOT NULL ORDER BY tracking_domain""")
                .map((rs, ctx) -> new TrackingDomain(rs.getString(1), rs.getString(2))).list();
    }

    public List<DkimKey> keys(Handle handle, String domainId) {
        return handle.createQuery("""
                SELECT domain_id, selector, algorithm, bits, public_key, private_key_sealed, active, created_at
                FROM dkim_keys WHERE domain_id = :domain ORDER BY active DESC, created_at DESC, selector""")
                .bind("domain", domainId)
                .map((rs, ctx) -> new DkimKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getBytes(6), rs.getBoolean(7), instant(rs, 8)))
                .list();
    }

    public void insertKey(Handle handle, DkimKey key) {
        handle.createUpdate("""
                INSERT INTO dkim_keys (domain_id, selector, algorithm, bits, public_key, private_key_sealed, active,
                                       created_at)
                VALUES (:domain, :selector, :algorithm, :bits, :publicKey, :sealed, :active, :created)""")
                .bind("domain", key.domainId()).bind("selector", key.selector()).bind("algorithm", key.algorithm())
                .bind("bits", key.bits()).bind("publicKey", key.publicKey()).bind("sealed", key.privateKeySealed())
                .bind("active", key.active()).bind("created", key.createdAt())
                .execute();
    }

    /** Marks every key of the domain as retiring (no longer signing). */
    public void retireKeys(Handle handle, String domainId) {
        handle.createUpdate("UPDATE dkim_keys SET active = false WHERE domain_id = :domain AND active")
                .bind("domain", domainId).execute();
    }

    public void deleteKey(Handle handle, String domainId, String selector) {
        handle.createUpdate("DELETE FROM dkim_keys WHERE domain_id = :domain AND selector = :selector")
                .bind("domain", domainId).bind("selector", selector).execute();
    }

    private static SendingDomain domain(ResultSet rs) throws SQLException {
        return new SendingDomain(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("name"), rs.getString("bounce_domain"), rs.getString("tracking_domain"),
                DmarcStage.fromWireName(rs.getString("dmarc_stage")), rs.getString("status"),
                instant(rs, "created_at"), instant(rs, "verified_at"), instant(rs, "last_checked_at"),
                instant(rs, "tracking_verified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
