package com.penguinmails.operational.workspaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes the {@code workspaces} table, always within one organisation. */
public final class WorkspaceDao {

    private WorkspaceDao() {
    }

    /** Workspace {@code id} of {@code tenantId}; empty for another organisation's id, so it answers 404. */
    public static Optional<Workspace> find(Handle handle, String tenantId, String id) {
        return handle.createQuery("""
                        SELECT id, tenant_id, name, created_at FROM workspaces WHERE tenant_id = :tenant AND id = :id""")
                .bind("tenant", tenantId).bind("id", id).map(WorkspaceDao::map).findOne();
    }

    /** Every workspace of {@code tenantId}, oldest first. */
    public static List<Workspace> all(Handle handle, String tenantId) {
        return handle.createQuery("""
                        SELECT id, tenant_id, name, created_at FROM workspaces WHERE tenant_id = :tenant
                        ORDER BY created_at, id""")
                .bind("tenant", tenantId).map(WorkspaceDao::map).list();
    }

    /** Adds a workspace and returns it. */
    public static Workspace insert(Handle handle, String id, String tenantId, String name) {
        return handle.createQuery("""
                        INSERT INTO workspaces (id, tenant_id, name) VALUES (:id, :tenant, :name)
                        RETURNING id, tenant_id, name, created_at""")
                .bind("id", id).bind("tenant", tenantId).bind("name", name).map(WorkspaceDao::map).one();
    }

    /** Whether {@code tenantId} already has a workspace called {@code name} other than {@code exceptId}. */
    public static boolean nameTaken(Handle handle, String tenantId, String name, String exceptId) {
        return handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM workspaces WHERE tenant_id = :tenant AND name = :name
                                       AND id IS DISTINCT FROM :except)""")
                .bind("tenant", tenantId).bind("name", name).bind("except", exceptId).mapTo(Boolean.class).one();
    }

    private static Workspace map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Workspace(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
