package com.penguinmails.operational.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The {@code health_checks} and {@code health_results} tables (V70). Every method runs in the caller's handle. */
public final class HealthCheckDao {

    /**
     * Every check the inventory calls for: SMTP and certificate of each SMTP host of an active server (connecting to
     * the server's primary IP), reverse DNS and IP blocklists of each IP of an active server (the PTR wanted is the
     * one set at the provider, else the server's first SMTP host name), domain blocklists of each sending domain.
     */
    private static final String WANTED = """
            WITH wanted AS (
                SELECT h.tenant_id, h.workspace_id, k.kind, h.hostname || ':' || h.port AS target,
                       h.hostname AS expected_host, host(ip.ip) AS connect_ip, h.port AS port
                FROM smtp_hosts h
                JOIN servers s ON s.id = h.server_id AND s.status = 'active'
                LEFT JOIN server_ips ip ON ip.server_id = s.id AND ip.is_primary
                CROSS JOIN (VALUES ('smtp'), ('tls_certificate')) AS k (kind)
                UNION ALL
                SELECT s.tenant_id, s.workspace_id, k.kind, host(ip.ip),
                       coalesce(ip.ptr_hostname,
                                (SELECT min(h.hostname) FROM smtp_hosts h WHERE h.server_id = s.id)),
                       NULL, NULL
                FROM server_ips ip
                JOIN servers s ON s.id = ip.server_id AND s.status = 'active'
                CROSS JOIN (VALUES ('reverse_dns'), ('dnsbl_ip')) AS k (kind)
                UNION ALL
                SELECT d.tenant_id, d.workspace_id, 'dnsbl_domain', d.name, NULL, NULL, NULL
                FROM sending_domains d)
            """;

    /**
     * Adds the checks the inventory calls for, updates what changed about their targets, and removes checks whose
     * target is gone (with their history). Safe to run on several instances at once. Returns how many rows changed.
     */
    public int sync(Handle handle, Instant now) {
        int added = handle.createUpdate(WANTED + """
                INSERT INTO health_checks (id, tenant_id, workspace_id, kind, target, expected_host, connect_ip, port,
                                           next_run_at, created_at)
                SELECT DISTINCT ON (workspace_id, kind, target)
                       'hc-' || gen_random_uuid(), tenant_id, workspace_id, kind, target, expected_host, connect_ip,
                       port, :now, :now
                FROM wanted WHERE connect_ip IS NOT NULL OR kind NOT IN ('smtp', 'tls_certificate')
                -- One row per key even if two active servers report the same IP (an upsert touches a row once).
                ORDER BY workspace_id, kind, target, expected_host
                ON CONFLICT (workspace_id, kind, target) DO UPDATE
                    SET expected_host = EXCLUDED.expected_host, connect_ip = EXCLUDED.connect_ip,
                        port = EXCLUDED.port
                    WHERE health_checks.expected_host IS DISTINCT FROM EXCLUDED.expected_host
                       OR health_checks.connect_ip IS DISTINCT FROM EXCLUDED.connect_ip
                       OR health_checks.port IS DISTINCT FROM EXCLUDED.port
                """).bind("now", Timestamp.from(now)).execute();
        int removed = handle.createUpdate(WANTED + """
                DELETE FROM health_checks c
                WHERE NOT EXISTS (SELECT 1 FROM wanted w
                                  WHERE w.workspace_id = c.workspace_id AND w.kind = c.kind AND w.target = c.target)
                """).execute();
        return added + removed;
    }

    /**
     * Claims up to {@code limit} due checks for this instance: their next run moves to {@code now + lease}, so other
     * instances skip them (rows being claimed elsewhere are skipped, not waited for), and a crashed instance's claims
     * come back after the lease.
     */
    public List<HealthCheck> claimDue(Handle handle, Instant now, Duration lease, int limit) {
        return handle.createQuery("""
                UPDATE health_checks SET next_run_at = :leaseEnd
                WHERE id IN (SELECT id FROM health_checks WHERE next_run_at <= :now
                             ORDER BY next_run_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).bind("now", Timestamp.from(now)).bind("leaseEnd", Timestamp.from(now.plus(lease)))
                .bind("limit", limit).map((rs, ctx) -> check(rs)).list();
    }

    /** The check, locked until the transaction ends; empty when it was removed meanwhile. */
    public Optional<HealthCheck> lock(Handle handle, String id) {
        return handle.createQuery("SELECT * FROM health_checks WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> check(rs)).findOne();
    }

    /**
     * Stores a result: a history row, the check's latest state (the status' start moves only when the status
     * changes), its next run and its open alert episode.
     */
    public void record(Handle handle, String checkId, Instant now, CheckResult result, String measuredJson,
            Instant nextRun, Optional<Instant> alertFiredAt) {
        handle.createUpdate("""
                INSERT INTO health_results (check_id, checked_at, status, detail, measured)
                VALUES (:id, :now, :status, :detail, CAST(:measured AS jsonb))
                ON CONFLICT (check_id, checked_at) DO NOTHING
                """).bind("id", checkId).bind("now", Timestamp.from(now)).bind("status", result.status().wire())
                .bind("detail", result.detail()).bind("measured", measuredJson).execute();
        handle.createUpdate("""
                UPDATE health_checks
                SET status_since = CASE WHEN status IS DISTINCT FROM :status THEN :now ELSE status_since END,
                    status = :status, last_checked_at = :now, detail = :detail,
                    measured = CAST(:measured AS jsonb), next_run_at = :next, alert_fired_at = :fired
                WHERE id = :id
                """).bind("id", checkId).bind("now", Timestamp.from(now)).bind("status", result.status().wire())
                .bind("detail", result.detail()).bind("measured", measuredJson).bind("next", Timestamp.from(nextRun))
                .bind("fired", alertFiredAt.map(Timestamp::from).orElse(null)).execute();
    }

    /** Deletes up to {@code batch} results older than {@code cutoff}; returns how many. */
    public int purge(Handle handle, Instant cutoff, int batch) {
        return handle.createUpdate("""
                DELETE FROM health_results WHERE ctid IN (
                    SELECT ctid FROM health_results WHERE checked_at < :cutoff LIMIT :batch)
                """).bind("cutoff", Timestamp.from(cutoff)).bind("batch", batch).execute();
    }

    /** Every check of a workspace with its latest state and trends at {@code now}. */
    public List<HealthTrend> trends(Handle handle, String tenantId, String workspaceId, Instant now) {
        return handle.createQuery("""
                SELECT c.kind, c.target, c.status, c.status_since, c.last_checked_at, c.detail, c.alert_fired_at,
                       (c.measured ->> 'days_left')::bigint AS days_left,
                       r7.passed AS passed_7d, r7.judged AS judged_7d, r30.passed AS passed_30d,
                       r30.judged AS judged_30d,
                       (SELECT (r.measured ->> 'days_left')::bigint FROM health_results r
                        WHERE r.check_id = c.id AND r.checked_at <= :weekAgo AND r.measured ->> 'days_left' IS NOT NULL
                        ORDER BY r.checked_at DESC LIMIT 1) AS days_left_week_ago
                FROM health_checks c
                LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'ok') AS passed,
                                          count(*) FILTER (WHERE status <> 'unknown') AS judged
                                   FROM health_results r WHERE r.check_id = c.id AND r.checked_at > :weekAgo
                                     AND r.checked_at <= :now) r7 ON true
                LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'ok') AS passed,
                                          count(*) FILTER (WHERE status <> 'unknown') AS judged
                                   FROM health_results r WHERE r.check_id = c.id AND r.checked_at > :monthAgo
                                     AND r.checked_at <= :now) r30 ON true
                WHERE c.tenant_id = :tenant AND c.workspace_id = :workspace
                ORDER BY c.kind, c.target
                """).bind("tenant", tenantId).bind("workspace", workspaceId).bind("now", Timestamp.from(now))
                .bind("weekAgo", Timestamp.from(now.minus(Duration.ofDays(7))))
                .bind("monthAgo", Timestamp.from(now.minus(Duration.ofDays(30))))
                .map((rs, ctx) -> HealthTrend.of(CheckKind.fromWire(rs.getString("kind")), rs.getString("target"),
                        rs.getString("status"), instant(rs, "status_since"), instant(rs, "last_checked_at"),
                        rs.getString("detail"), instant(rs, "alert_fired_at"), nullableLong(rs, "days_left"),
                        nullableLong(rs, "days_left_week_ago"), rs.getLong("passed_7d"), rs.getLong("judged_7d"),
                        rs.getLong("passed_30d"), rs.getLong("judged_30d")))
                .list();
    }

    /** Results of a workspace's checks, newest first, optionally of one kind and/or target, within [from, to). */
    public List<HealthResultView> history(Handle handle, String tenantId, String workspaceId, Optional<CheckKind> kind,
            Optional<String> target, Instant from, Instant to, int limit) {
        return handle.createQuery("""
                SELECT c.kind, c.target, r.checked_at, r.status, r.detail, r.measured::text AS measured
                FROM health_results r JOIN health_checks c ON c.id = r.check_id
                WHERE c.tenant_id = :tenant AND c.workspace_id = :workspace
                  AND (CAST(:kind AS text) IS NULL OR c.kind = :kind)
                  AND (CAST(:target AS text) IS NULL OR c.target = :target)
                  AND r.checked_at >= :from AND r.checked_at < :to
                ORDER BY r.checked_at DESC, c.kind, c.target
                LIMIT :limit
                """).bind("tenant", tenantId).bind("workspace", workspaceId)
                .bind("kind", kind.map(CheckKind::wire).orElse(null)).bind("target", target.orElse(null))
                .bind("from", Timestamp.from(from)).bind("to", Timestamp.from(to)).bind("limit", limit)
                .map((rs, ctx) -> new HealthResultView(CheckKind.fromWire(rs.getString("kind")),
                        rs.getString("target"), rs.getTimestamp("checked_at").toInstant(),
                        CheckStatus.fromWire(rs.getString("status")), rs.getString("detail"),
                        HealthResultView.parse(rs.getString("measured"))))
                .list();
    }

    /** Whether {@code workspaceId} is a workspace of {@code tenantId}. */
    public boolean workspaceExists(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT count(*) FROM workspaces WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", workspaceId).mapTo(Integer.class).one() > 0;
    }

    private static HealthCheck check(ResultSet rs) throws SQLException {
        return new HealthCheck(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                CheckKind.fromWire(rs.getString("kind")), rs.getString("target"),
                Optional.ofNullable(rs.getString("expected_host")), Optional.ofNullable(rs.getString("connect_ip")),
                rs.getInt("port"), Optional.ofNullable(instant(rs, "alert_fired_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
