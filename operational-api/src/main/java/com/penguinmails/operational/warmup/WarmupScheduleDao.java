package com.penguinmails.operational.warmup;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The {@code warmup_schedules} and {@code warmup_adjustments} tables (V71). Every method runs in the caller's handle. */
public final class WarmupScheduleDao {

    public void insert(Handle handle, WarmupSchedule schedule) {
        handle.createUpdate("""
                INSERT INTO warmup_schedules (id, tenant_id, workspace_id, target_type, target, curve, ramp, starts_on,
                                              step, step_date, paused, created_at, updated_at)
                VALUES (:id, :tenant, :workspace, :type, :target, :curve, :ramp, :startsOn, :step, :stepDate, :paused,
                        :created, :updated)
                """).bind("id", schedule.id()).bind("tenant", schedule.tenantId())
                .bind("workspace", schedule.workspaceId()).bind("type", schedule.targetType())
                .bind("target", schedule.target()).bind("curve", schedule.curve())
                .bind("ramp", schedule.ramp().volumes().toArray(Integer[]::new))
                .bind("startsOn", Date.valueOf(schedule.startsOn())).bind("step", schedule.progress().step())
                .bind("stepDate", Date.valueOf(schedule.progress().stepDate()))
                .bind("paused", schedule.progress().paused())
                .bind("created", Timestamp.from(schedule.createdAt()))
                .bind("updated", Timestamp.from(schedule.updatedAt())).execute();
    }

    /** Stores a schedule's new progress. */
    public void updateProgress(Handle handle, WarmupSchedule schedule) {
        handle.createUpdate("""
                UPDATE warmup_schedules SET step = :step, step_date = :stepDate, paused = :paused, updated_at = :updated
                WHERE id = :id
                """).bind("id", schedule.id()).bind("step", schedule.progress().step())
                .bind("stepDate", Date.valueOf(schedule.progress().stepDate()))
                .bind("paused", schedule.progress().paused())
                .bind("updated", Timestamp.from(schedule.updatedAt())).execute();
    }

    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM warmup_schedules WHERE id = :id").bind("id", id).execute();
    }

    public Optional<WarmupSchedule> find(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("""
                SELECT * FROM warmup_schedules WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id
                """).bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> schedule(rs)).findOne();
    }

    /** The schedule, locked until the transaction ends. */
    public Optional<WarmupSchedule> lock(Handle handle, String tenantId, String workspaceId, String id) {
        return handle.createQuery("""
                SELECT * FROM warmup_schedules WHERE tenant_id = :tenant AND workspace_id = :workspace AND id = :id
                FOR UPDATE
                """).bind("tenant", tenantId).bind("workspace", workspaceId).bind("id", id)
                .map((rs, ctx) -> schedule(rs)).findOne();
    }

    public List<WarmupSchedule> list(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("""
                SELECT * FROM warmup_schedules WHERE tenant_id = :tenant AND workspace_id = :workspace
                ORDER BY target_type, target
                """).bind("tenant", tenantId).bind("workspace", workspaceId).map((rs, ctx) -> schedule(rs)).list();
    }

    /** A tenant's schedules, of one workspace or (null) all. */
    public List<WarmupSchedule> listOfTenant(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("""
                SELECT * FROM warmup_schedules
                WHERE tenant_id = :tenant AND (CAST(:workspace AS text) IS NULL OR workspace_id = :workspace)
                ORDER BY workspace_id, target_type, target
                """).bind("tenant", tenantId).bind("workspace", workspaceId).map((rs, ctx) -> schedule(rs)).list();
    }

    /**
     * A tenant's schedules a pause recommendation for {@code scopeKind}/{@code scopeValue} concerns, locked: the IP's
     * schedule for {@code sending_ip}, the mailbox's for {@code mailbox}, every mailbox of the domain for
     * {@code sending_domain}.
     */
    public List<WarmupSchedule> lockConcerned(Handle handle, String tenantId, String scopeKind, String scopeValue) {
        String condition = switch (scopeKind) {
            case "sending_ip" -> "target_type = 'ip' AND target = :value";
            case "mailbox" -> "target_type = 'mailbox' AND target = :value";
            case "sending_domain" -> "target_type = 'mailbox' AND split_part(target, '@', 2) = :value";
            default -> throw new IllegalArgumentException("no schedules for scope kind " + scopeKind);
        };
        return handle.createQuery("SELECT * FROM warmup_schedules WHERE tenant_id = :tenant AND " + condition
                        + " ORDER BY id FOR UPDATE")
                .bind("tenant", tenantId).bind("value", scopeValue).map((rs, ctx) -> schedule(rs)).list();
    }

    /** Every mailbox schedule of the platform. */
    public List<WarmupSchedule> mailboxSchedules(Handle handle) {
        return handle.createQuery("SELECT * FROM warmup_schedules WHERE target_type = 'mailbox' ORDER BY id")
                .map((rs, ctx) -> schedule(rs)).list();
    }

    /** Records a change; false when this schedule already has a change for {@code sourceAlertId} (nothing stored). */
    public boolean addAdjustment(Handle handle, String scheduleId, WarmupAdjustment adjustment) {
        return handle.createUpdate("""
                INSERT INTO warmup_adjustments (schedule_id, at, kind, source_alert_id, reason, limit_before,
                                                limit_after)
                VALUES (:schedule, :at, :kind, :alert, :reason, :before, :after)
                ON CONFLICT (schedule_id, source_alert_id) DO NOTHING
                """).bind("schedule", scheduleId).bind("at", Timestamp.from(adjustment.at()))
                .bind("kind", adjustment.kind()).bind("alert", adjustment.sourceAlertId())
                .bind("reason", adjustment.reason()).bind("before", adjustment.limitBefore())
                .bind("after", adjustment.limitAfter()).execute() == 1;
    }

    /** A schedule's changes, oldest first. */
    public List<WarmupAdjustment> adjustments(Handle handle, String scheduleId) {
        return handle.createQuery("SELECT * FROM warmup_adjustments WHERE schedule_id = :id ORDER BY at, id")
                .bind("id", scheduleId)
                .map((rs, ctx) -> new WarmupAdjustment(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getString("source_alert_id"), rs.getString("reason"),
                        (Integer) rs.getObject("limit_before"), rs.getInt("limit_after")))
                .list();
    }

    /** Whether the workspace of the tenant has a live server with this IP. */
    public boolean ipExists(Handle handle, String tenantId, String workspaceId, String ip) {
        return handle.createQuery("""
                SELECT count(*) FROM server_ips i JOIN servers s ON s.id = i.server_id
                WHERE s.tenant_id = :tenant AND s.workspace_id = :workspace AND i.ip = CAST(:ip AS inet)
                  AND s.status NOT IN ('deleting', 'deleted', 'failed')
                """).bind("tenant", tenantId).bind("workspace", workspaceId).bind("ip", ip).mapTo(Integer.class)
                .one() > 0;
    }

    /** Whether the workspace of the tenant has a live mailbox with this address. */
    public boolean mailboxExists(Handle handle, String tenantId, String workspaceId, String address) {
        return handle.createQuery("""
                SELECT count(*) FROM mailboxes WHERE tenant_id = :tenant AND workspace_id = :workspace
                  AND address = :address AND mailu_state = 'active'
                """).bind("tenant", tenantId).bind("workspace", workspaceId).bind("address", address)
                .mapTo(Integer.class).one() > 0;
    }

    /** Sets the mailbox's {@code daily_limit} (read by the sending side with the mailbox), null for no limit. */
    public void setMailboxDailyLimit(Handle handle, String tenantId, String address, Integer limit) {
        handle.createUpdate("""
                UPDATE mailboxes SET daily_limit = :limit
                WHERE tenant_id = :tenant AND address = :address AND mailu_state = 'active'
                  AND daily_limit IS DISTINCT FROM :limit
                """).bind("tenant", tenantId).bind("address", address).bind("limit", limit).execute();
    }

    public boolean workspaceExists(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT count(*) FROM workspaces WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId).bind("id", workspaceId).mapTo(Integer.class).one() > 0;
    }

    private static WarmupSchedule schedule(ResultSet rs) throws SQLException {
        Array ramp = rs.getArray("ramp");
        List<Integer> volumes = Arrays.stream((Integer[]) ramp.getArray()).toList();
        return new WarmupSchedule(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("target_type"), rs.getString("target"), rs.getString("curve"), new WarmupRamp(volumes),
                rs.getDate("starts_on").toLocalDate(),
                new WarmupProgress(rs.getInt("step"), rs.getDate("step_date").toLocalDate(), rs.getBoolean("paused")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
