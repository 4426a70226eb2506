package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code memberships} table: who holds which role, organisation-wide or in a workspace. */
public final class MembershipDao {

    /** One membership row. {@code workspaceId} is null for an organisation-wide role. */
    public record Membership(String userId, String tenantId, String workspaceId, Role role) {
    }

    private MembershipDao() {
    }

    /** Every role of {@code userId}. */
    public static RoleAssignments rolesOf(Handle handle, String userId) {
        Optional<Role> organisationRole = Optional.empty();
        Map<String, Role> workspaceRoles = new HashMap<>();
        for (Map<String, Object> row : handle.createQuery(
                        "SELECT workspace_id, role FROM memberships WHERE user_id = :user")
                .bind("user", userId).mapToMap().list()) {
            Role role = parseRole((String) row.get("role"));
            String workspaceId = (String) row.get("workspace_id");
            if (workspaceId == null) {
                organisationRole = Optional.of(role);
            } else {
                workspaceRoles.put(workspaceId, role);
            }
        }
        return new RoleAssignments(organisationRole, workspaceRoles);
    }

    /** Adds a membership; an organisation-wide one when {@code workspaceId} is null. */
    public static void insert(Handle handle, String userId, String tenantId, String workspaceId, Role role) {
        handle.createUpdate("""
                        INSERT INTO memberships (user_id, tenant_id, workspace_id, role)
                        VALUES (:user, :tenant, :workspace, :role)""")
                .bind("user", userId).bind("tenant", tenantId).bind("workspace", workspaceId)
                .bind("role", roleName(role)).execute();
    }

    /**
     * The memberships of {@code workspaceId} in {@code tenantId}, or the organisation-wide ones when
     * {@code workspaceId} is null, oldest first.
     */
    public static List<Membership> inScope(Handle handle, String tenantId, String workspaceId) {
        return handle.createQuery("""
                        SELECT user_id, tenant_id, workspace_id, role FROM memberships
                        WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace
                        ORDER BY created_at, user_id""")
                .bind("tenant", tenantId).bind("workspace", workspaceId)
                .map((rs, ctx) -> new Membership(rs.getString("user_id"), rs.getString("tenant_id"),
                        rs.getString("workspace_id"), parseRole(rs.getString("role"))))
                .list();
    }

    /**
     * The membership of {@code userId} in {@code workspaceId} of {@code tenantId} (organisation-wide when null),
     * locked for update together with every owner membership of that scope, so two concurrent demotions cannot both
     * see another owner.
     */
    public static Optional<Membership> inScopeForUpdate(Handle handle, String tenantId, String workspaceId,
            String userId) {
        handle.createQuery("""
                        SELECT user_id FROM memberships
                        WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace AND role = 'owner'
                        FOR UPDATE""")
                .bind("tenant", tenantId).bind("workspace", workspaceId).mapTo(String.class).list();
        return handle.createQuery("""
                        SELECT user_id, tenant_id, workspace_id, role FROM memberships
                        WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace AND user_id = :user
                        FOR UPDATE""")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("user", userId)
                .map((rs, ctx) -> new Membership(rs.getString("user_id"), rs.getString("tenant_id"),
                        rs.getString("workspace_id"), parseRole(rs.getString("role"))))
                .findOne();
    }

    /** Sets the role of {@code userId} in {@code workspaceId} of {@code tenantId} (organisation-wide when null). */
    public static void updateRole(Handle handle, String tenantId, String workspaceId, String userId, Role role) {
        handle.createUpdate("""
                        UPDATE memberships SET role = :role
                        WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace AND user_id = :user""")
                .bind("role", roleName(role)).bind("tenant", tenantId).bind("workspace", workspaceId)
                .bind("user", userId).execute();
    }

    /** Removes the membership of {@code userId} in {@code workspaceId} of {@code tenantId} (organisation-wide when null). */
    public static void delete(Handle handle, String tenantId, String workspaceId, String userId) {
        handle.createUpdate("""
                        DELETE FROM memberships
                        WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace AND user_id = :user""")
                .bind("tenant", tenantId).bind("workspace", workspaceId).bind("user", userId).execute();
    }

    /** The lower-case wire and column name of {@code role}. */
    public static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code name} ({@code owner}, {@code admin}, {@code member}, {@code viewer}). */
    public static Role parseRole(String name) {
        return Role.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
