package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.Role;
import com.penguinmails.operational.audit.AuditTrail;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Lists, re-roles and removes members of one scope: a workspace, or the organisation itself ({@code workspaceId}
 * null). Only owners touch the owner role, and a scope that has owners keeps at least one (409 otherwise).
 */
final class MembershipChanges {

    private final Jdbi jdbi;
    private final AuditTrail audit;

    MembershipChanges(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    List<Member> list(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> {
            requireScope(handle, caller, workspaceId);
            AccessGuard.require(caller, Permission.MEMBERS_READ, workspaceId);
            return handle.createQuery("""
                            SELECT u.id, u.email, u.display_name, m.role,
                                   CASE WHEN m.workspace_id IS NULL THEN 'organisation' ELSE 'workspace' END AS scope
                            FROM memberships m JOIN users u ON u.id = m.user_id
                            WHERE m.tenant_id = :tenant AND (m.workspace_id IS NULL OR m.workspace_id = :workspace)
                            ORDER BY scope, u.email""")
                    .bind("tenant", caller.tenantId()).bind("workspace", workspaceId)
                    .map((rs, ctx) -> new Member(rs.getString("id"), rs.getString("email"),
                            rs.getString("display_name"), rs.getString("role"), rs.getString("scope")))
                    .list();
        });
    }

    Member changeRole(Caller caller, String workspaceId, String userId, Role newRole) {
        return jdbi.inTransaction(handle -> {
            MembershipDao.Membership before = manageable(handle, caller, workspaceId, userId);
            if (before.role() == Role.OWNER || newRole == Role.OWNER) {
                Owners.requireOwner(caller, workspaceId);
            }
            if (before.role() == Role.OWNER && newRole != Role.OWNER) {
                requireAnotherOwner(handle, caller.tenantId(), workspaceId);
            }
            MembershipDao.updateRole(handle, caller.tenantId(), workspaceId, userId, newRole);
            audit.record(handle, caller, "member.change_role", "membership", target(workspaceId, userId),
                    Map.of("role", MembershipDao.roleName(before.role())),
                    Map.of("role", MembershipDao.roleName(newRole)));
            return handle.createQuery("SELECT id, email, display_name FROM users WHERE id = :id").bind("id", userId)
                    .map((rs, ctx) -> new Member(rs.getString("id"), rs.getString("email"),
                            rs.getString("display_name"), MembershipDao.roleName(newRole),
                            workspaceId == null ? "organisation" : "workspace"))
                    .one();
        });
    }

    void remove(Caller caller, String workspaceId, String userId) {
        jdbi.useTransaction(handle -> {
            MembershipDao.Membership before = manageable(handle, caller, workspaceId, userId);
            if (before.role() == Role.OWNER) {
                Owners.requireOwner(caller, workspaceId);
                requireAnotherOwner(handle, caller.tenantId(), workspaceId);
            }
            MembershipDao.delete(handle, caller.tenantId(), workspaceId, userId);
            audit.record(handle, caller, "member.remove", "membership", target(workspaceId, userId),
                    Map.of("role", MembershipDao.roleName(before.role())), null);
        });
    }

    private static MembershipDao.Membership manageable(Handle handle, Caller caller, String workspaceId,
            String userId) {
        requireScope(handle, caller, workspaceId);
        AccessGuard.require(caller, Permission.MEMBERS_MANAGE, workspaceId);
        return MembershipDao.inScopeForUpdate(handle, caller.tenantId(), workspaceId, userId)
                .orElseThrow(() -> new NotFoundException("no such member"));
    }

    private static void requireAnotherOwner(Handle handle, String tenantId, String workspaceId) {
        long owners = MembershipDao.inScope(handle, tenantId, workspaceId).stream()
                .filter(membership -> membership.role() == Role.OWNER).count();
        if (owners <= 1) {
            throw new ClientErrorException("the last owner cannot be removed or demoted", 409);
        }
    }

    /** 404 unless {@code workspaceId} is null (the organisation) or a workspace of the caller's organisation. */
    static void requireScope(Handle handle, Caller caller, String workspaceId) {
        if (workspaceId != null && WorkspaceDao.find(handle, caller.tenantId(), workspaceId).isEmpty()) {
            throw new NotFoundException("no such workspace");
        }
    }

    private static String target(String workspaceId, String userId) {
        return (workspaceId == null ? "organisation" : workspaceId) + "/" + userId;
    }
}
