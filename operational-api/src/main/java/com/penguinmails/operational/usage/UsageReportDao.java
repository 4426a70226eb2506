package com.penguinmails.operational.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Table {@code usage_reports}: what was reported to Stripe per organisation and billing period. */
public final class UsageReportDao {

    /** Adds the period's row unless it exists. */
    public void ensure(Handle handle, String tenantId, Instant periodStart, Instant periodEnd, String customer,
            Instant now) {
        handle.createUpdate("""
                        INSERT INTO usage_reports (tenant_id, period_start, period_end, stripe_customer_id, updated_at)
                        VALUES (:tenant, :start, :end, :customer, :now)
                        ON CONFLICT (tenant_id, period_start) DO NOTHING""")
                .bind("tenant", tenantId).bind("start", utc(periodStart)).bind("end", utc(periodEnd))
                .bind("customer", customer).bind("now", utc(now)).execute();
    }

    /** The period's row, locked for this transaction; empty when absent or another instance holds it. */
    public Optional<UsageReportRow> lock(Handle handle, String tenantId, Instant periodStart) {
        return handle.createQuery("""
                        SELECT * FROM usage_reports WHERE tenant_id = :tenant AND period_start = :start
                        FOR UPDATE SKIP LOCKED""")
                .bind("tenant", tenantId).bind("start", utc(periodStart)).map((rs, ctx) -> row(rs)).findOne();
    }

    /** The period's row without locking. */
    public Optional<UsageReportRow> find(Handle handle, String tenantId, Instant periodStart) {
        return handle.createQuery("SELECT * FROM usage_reports WHERE tenant_id = :tenant AND period_start = :start")
                .bind("tenant", tenantId).bind("start", utc(periodStart)).map((rs, ctx) -> row(rs)).findOne();
    }

    /** Records the decision to report {@code report}, reaching {@code total}: the request every resend repeats. */
    public void decide(Handle handle, UsageReportRow row, long total, MeterEventReport report, Instant now) {
        handle.createUpdate("""
                        UPDATE usage_reports SET pending_total = :total, pending_value = :value,
                            pending_identifier = :identifier, pending_event_name = :eventName,
                            pending_timestamp = :timestamp, updated_at = :now
                        WHERE tenant_id = :tenant AND period_start = :start AND pending_identifier IS NULL""")
                .bind("total", total).bind("value", report.value()).bind("identifier", report.identifier())
                .bind("eventName", report.eventName()).bind("timestamp", utc(report.timestamp()))
                .bind("now", utc(now)).bind("tenant", row.tenantId()).bind("start", utc(row.periodStart())).execute();
    }

    /** Fixes the request of a report decided before V91 stored it with the decision; from now on it is resent as is. */
    public void fixPendingRequest(Handle handle, UsageReportRow row, String eventName, Instant timestamp,
            Instant now) {
        handle.createUpdate("""
                        UPDATE usage_reports SET pending_event_name = :eventName, pending_timestamp = :timestamp,
                            updated_at = :now
                        WHERE tenant_id = :tenant AND period_start = :start AND pending_identifier = :identifier
                            AND pending_timestamp IS NULL""")
                .bind("eventName", eventName).bind("timestamp", utc(timestamp)).bind("now", utc(now))
                .bind("tenant", row.tenantId()).bind("start", utc(row.periodStart()))
                .bind("identifier", row.pendingIdentifier()).execute();
    }

    /** Stripe confirmed the pending report {@code identifier}: it becomes the reported total (once). */
    public void confirm(Handle handle, String tenantId, Instant periodStart, String identifier, Instant now) {
        handle.createUpdate("""
                        UPDATE usage_reports SET reported_total = pending_total, pending_total = NULL,
                            pending_value = NULL, pending_identifier = NULL, pending_event_name = NULL,
                            pending_timestamp = NULL, reports = reports + 1,
                            last_error = NULL, updated_at = :now
                        WHERE tenant_id = :tenant AND period_start = :start AND pending_identifier = :identifier""")
                .bind("now", utc(now)).bind("tenant", tenantId).bind("start", utc(periodStart))
                .bind("identifier", identifier).execute();
    }

    /** Notes why the pending report failed; it stays pending and is sent again, unchanged, next round. */
    public void fail(Handle handle, String tenantId, Instant periodStart, String error, Instant now) {
        handle.createUpdate("""
                        UPDATE usage_reports SET last_error = :error, updated_at = :now
                        WHERE tenant_id = :tenant AND period_start = :start""")
                .bind("error", error.length() > 500 ? error.substring(0, 500) : error).bind("now", utc(now))
                .bind("tenant", tenantId).bind("start", utc(periodStart)).execute();
    }

    /** Marks an ended period finally reported, when nothing is pending. */
    public void close(Handle handle, String tenantId, Instant periodStart, Instant now) {
        handle.createUpdate("""
                        UPDATE usage_reports SET closed_at = :now, updated_at = :now
                        WHERE tenant_id = :tenant AND period_start = :start AND pending_identifier IS NULL""")
                .bind("now", utc(now)).bind("tenant", tenantId).bind("start", utc(periodStart)).execute();
    }

    /** Periods that ended at or before {@code endedBy} and still wait for their final report. */
    public List<UsageReportRow> endedOpen(Handle handle, Instant endedBy) {
        return handle.createQuery("""
                        SELECT * FROM usage_reports WHERE closed_at IS NULL AND period_end <= :ended
                        ORDER BY period_end, tenant_id""")
                .bind("ended", utc(endedBy)).map((rs, ctx) -> row(rs)).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UsageReportRow row(ResultSet rs) throws SQLException {
        return new UsageReportRow(rs.getString("tenant_id"),
                rs.getObject("period_start", OffsetDateTime.class).toInstant(),
                rs.getObject("period_end", OffsetDateTime.class).toInstant(),
                rs.getString("stripe_customer_id"), rs.getLong("reported_total"),
                rs.getObject("pending_total", Long.class), rs.getObject("pending_value", Long.class),
                rs.getString("pending_identifier"), rs.getString("pending_event_name"),
                Optional.ofNullable(rs.getObject("pending_timestamp", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant).orElse(null));
    }
}
