package com.penguinmails.operational.budgets;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Tables {@code budgets} and {@code budget_notices}. Workspace {@code ""} stands for the whole organisation. */
public final class BudgetDao {

    /** Creates or replaces the budget of its scope. */
    public void put(Handle handle, Budget budget) {
        handle.createUpdate("""
                        INSERT INTO budgets (tenant_id, workspace_id, unit, amount, currency, thresholds, hard_cap,
                                             updated_at)
                        VALUES (:tenant, :workspace, :unit, :amount, :currency, :thresholds, :hardCap, :now)
                        ON CONFLICT (tenant_id, workspace_id) DO UPDATE SET unit = excluded.unit,
                            amount = excluded.amount, currency = excluded.currency, thresholds = excluded.thresholds,
                            hard_cap = excluded.hard_cap, updated_at = excluded.updated_at""")
                .bind("tenant", budget.tenantId()).bind("workspace", scope(budget.workspaceId()))
                .bind("unit", budget.unit()).bind("amount", budget.amountValue()).bind("currency", budget.currency())
                .bind("thresholds", budget.thresholds().toArray(Integer[]::new)).bind("hardCap", budget.hardCap())
                .bind("now", utc(budget.updatedAt())).execute();
    }

    /** Deletes the budget of the scope; returns whether there was one. */
    public boolean delete(Handle handle, String tenantId, String workspaceId) {
        return handle.createUpdate("DELETE FROM budgets WHERE tenant_id = :tenant AND workspace_id = :workspace")
                .bind("tenant", tenantId).bind("workspace", scope(workspaceId)).execute() > 0;
    }

    /** The budget of the scope ({@code workspaceId} null: the organisation's). */
    public Optional<Budget> find(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("SELECT * FROM budgets WHERE tenant_id = :tenant AND workspace_id = :workspace")
                .bind("tenant", tenantId).bind("workspace", scope(workspaceId)).map((rs, ctx) -> budget(rs))
                .findOne();
    }

    /** The budget of the scope, locked for this transaction; empty when absent or another instance holds it. */
    public Optional<Budget> lock(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("""
                        SELECT * FROM budgets WHERE tenant_id = :tenant AND workspace_id = :workspace
                        FOR UPDATE SKIP LOCKED""")
                .bind("tenant", tenantId).bind("workspace", scope(workspaceId)).map((rs, ctx) -> budget(rs))
                .findOne();
    }

    /** The organisation's budgets, its own first. */
    public List<Budget> ofTenant(Handle handle, String tenantId) {
        return handle.createQuery("SELECT * FROM budgets WHERE tenant_id = :tenant ORDER BY workspace_id")
                .bind("tenant", tenantId).map((rs, ctx) -> budget(rs)).list();
    }

    /** Every budget of every organisation. */
    public List<Budget> all(Handle handle) {
        return handle.createQuery("SELECT * FROM budgets ORDER BY tenant_id, workspace_id")
                .map((rs, ctx) -> budget(rs)).list();
    }

    /** Records that {@code threshold} was notified this month; false when it already was. */
    public boolean recordNotice(Handle handle, Budget budget, Instant monthStart, int threshold, BigDecimal used,
            Instant now) {
        return handle.createUpdate("""
                        INSERT INTO budget_notices (tenant_id, workspace_id, month_start, threshold, used, notified_at)
                        VALUES (:tenant, :workspace, :month, :threshold, :used, :now)
                        ON CONFLICT DO NOTHING""")
                .bind("tenant", budget.tenantId()).bind("workspace", scope(budget.workspaceId()))
                .bind("month", utc(monthStart)).bind("threshold", threshold).bind("used", used)
                .bind("now", utc(now)).execute() > 0;
    }

    /** The thresholds notified in the month starting at {@code monthStart}, ascending. */
    public List<Integer> notified(Handle handle, String tenantId, String workspaceId, Instant monthStart) {
        return handle.createQuery("""
                        SELECT threshold FROM budget_notices WHERE tenant_id = :tenant AND workspace_id = :workspace
                        AND month_start = :month ORDER BY threshold""")
                .bind("tenant", tenantId).bind("workspace", scope(workspaceId)).bind("month", utc(monthStart))
                .mapTo(Integer.class).list();
    }

    private static String scope(String workspaceId) {
        return workspaceId == null ? "" : workspaceId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Budget budget(ResultSet rs) throws SQLException {
        String workspace = rs.getString("workspace_id");
        String unit = rs.getString("unit");
        BigDecimal amount = rs.getBigDecimal("amount");
        Array thresholds = rs.getArray("thresholds");
        return new Budget(rs.getString("tenant_id"), workspace.isEmpty() ? null : workspace, unit,
                (Budget.EMAILS.equals(unit) ? amount.setScale(0) : amount).toPlainString(),
                rs.getString("currency"), Arrays.asList((Integer[]) thresholds.getArray()),
                rs.getBoolean("hard_cap"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
