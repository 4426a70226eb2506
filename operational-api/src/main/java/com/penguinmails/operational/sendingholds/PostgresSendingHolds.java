package com.penguinmails.operational.sendingholds;

import com.penguinmails.operational.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link SendingHolds} in table {@code sending_holds} (V90), one row per (organisation, workspace or {@code ''},
 * reason). Placing and lifting are audited in the caller's transaction as {@code system:sending-holds}, and only when
 * they change something.
 */
public final class PostgresSendingHolds implements SendingHolds {

    private static final String TARGET_TYPE = "sending_hold";

    private final AuditTrail audit;
    private final Clock clock;

    public PostgresSendingHolds(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void place(Handle handle, String tenantId, Optional<String> workspaceId, HoldReason reason, String detail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int inserted = handle.createUpdate("""
                        INSERT INTO sending_holds (tenant_id, workspace_id, reason, detail, placed_at)
                        VALUES (:tenant, :workspace, :reason, :detail, :now)
                        ON CONFLICT (tenant_id, workspace_id, reason) DO NOTHING""")
                .bind("tenant", tenantId).bind("workspace", workspaceId.orElse(""))
                .bind("reason", SendingHold.wireName(reason)).bind("detail", detail).bind("now", now)
                .execute();
        if (inserted > 0) {
            SendingHold hold = new SendingHold(tenantId, workspaceId.orElse(null), SendingHold.wireName(reason),
                    detail, now.toInstant());
            audit.record(handle, SystemCallers.of(tenantId, "sending-holds"), "sending_hold.place", TARGET_TYPE,
                    targetId(workspaceId, reason), null, hold);
        }
    }

    @Override
    public void lift(Handle handle, String tenantId, Optional<String> workspaceId, HoldReason reason) {
        Optional<SendingHold> lifted = handle.createQuery("""
                        DELETE FROM sending_holds WHERE tenant_id = :tenant AND workspace_id = :workspace
                        AND reason = :reason RETURNING *""")
                .bind("tenant", tenantId).bind("workspace", workspaceId.orElse(""))
                .bind("reason", SendingHold.wireName(reason))
                .map((rs, ctx) -> hold(rs)).findOne();
        lifted.ifPresent(hold -> audit.record(handle, SystemCallers.of(tenantId, "sending-holds"),
                "sending_hold.lift", TARGET_TYPE, targetId(workspaceId, reason), hold, null));
    }

    /** Every hold in place, of every organisation, oldest first (for ingestion). */
    public List<SendingHold> all(Handle handle) {
        return handle.createQuery("SELECT * FROM sending_holds ORDER BY placed_at, tenant_id, workspace_id, reason")
                .map((rs, ctx) -> hold(rs)).list();
    }

    /** The holds of one organisation, oldest first. */
    public List<SendingHold> ofTenant(Handle handle, String tenantId) {
        return handle.createQuery("""
                        SELECT * FROM sending_holds WHERE tenant_id = :tenant
                        ORDER BY placed_at, workspace_id, reason""")
                .bind("tenant", tenantId).map((rs, ctx) -> hold(rs)).list();
    }

    private static String targetId(Optional<String> workspaceId, HoldReason reason) {
        return workspaceId.orElse("*") + ":" + SendingHold.wireName(reason);
    }

    private static SendingHold hold(ResultSet rs) throws SQLException {
        String workspace = rs.getString("workspace_id");
        return new SendingHold(rs.getString("tenant_id"), workspace.isEmpty() ? null : workspace,
                rs.getString("reason"), rs.getString("detail"),
                rs.getObject("placed_at", OffsetDateTime.class).toInstant());
    }
}
