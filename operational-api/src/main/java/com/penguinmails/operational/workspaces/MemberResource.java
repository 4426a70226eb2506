package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.Role;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/workspaces/{id}/members}: who has access, changing a member's role, removing a member. A workspace that
 * has owners keeps at least one: removing or demoting the last one answers 409.
 */
@Path("/v1/workspaces/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MemberResource {

    private final Jdbi jdbi;
    private final AuditTrail audit;

    public MemberResource(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    @GET
    public Map<String, List<Member>> list(@Auth Caller caller, @PathParam("id") String workspaceId) {
        return jdbi.withHandle(handle -> {
            existingWorkspace(handle, caller, workspaceId);
            AccessGuard.require(caller, Permission.MEMBERS_READ, workspaceId);
            List<Member> members = handle.createQuery("""
                            SELECT u.id, u.email, u.display_name, m.role,
                                   CASE WHEN m.workspace_id IS NULL THEN 'organisation' ELSE 'workspace' END AS scope
                            FROM memberships m JOIN users u ON u.id = m.user_id
                            WHERE m.tenant_id = :tenant AND (m.workspace_id = :workspace OR m.workspace_id IS NULL)
                            ORDER BY scope, u.email""")
                    .bind("tenant", caller.tenantId()).bind("workspace", workspaceId)
                    .map((rs, ctx) -> new Member(rs.getString("id"), rs.getString("email"),
                            rs.getString("display_name"), rs.getString("role"), rs.getString("scope")))
                    .list();
            return Map.of("members", members);
        });
    }

    @PATCH
    @Path("/{userId}")
    public Member changeRole(@Auth Caller caller, @PathParam("id") String workspaceId,
            @PathParam("userId") String userId, @NotNull @Valid MemberRole request) {
        Role newRole = MembershipDao.parseRole(request.role());
        return jdbi.inTransaction(handle -> {
            MembershipDao.Membership before = manageable(handle, caller, workspaceId, userId);
            if (before.role() == Role.OWNER || newRole == Role.OWNER) {
                Owners.requireOwner(caller, workspaceId);
            }
            if (before.role() == Role.OWNER && newRole != Role.OWNER) {
                requireAnotherOwner(handle, workspaceId);
            }
            handle.createUpdate("UPDATE memberships SET role = :role WHERE workspace_id = :workspace AND user_id = :user")
                    .bind("role", MembershipDao.roleName(newRole)).bind("workspace", workspaceId)
                    .bind("user", userId).execute();
            audit.record(handle, caller, "member.change_role", "membership", workspaceId + "/" + userId,
                    Map.of("role", MembershipDao.roleName(before.role())),
                    Map.of("role", MembershipDao.roleName(newRole)));
            return member(handle, userId, newRole);
        });
    }

    @DELETE
    @Path("/{userId}")
    public Response remove(@Auth Caller caller, @PathParam("id") String workspaceId,
            @PathParam("userId") String userId) {
        jdbi.useTransaction(handle -> {
            MembershipDao.Membership before = manageable(handle, caller, workspaceId, userId);
            if (before.role() == Role.OWNER) {
                Owners.requireOwner(caller, workspaceId);
                requireAnotherOwner(handle, workspaceId);
            }
            handle.createUpdate("DELETE FROM memberships WHERE workspace_id = :workspace AND user_id = :user")
                    .bind("workspace", workspaceId).bind("user", userId).execute();
            audit.record(handle, caller, "member.remove", "membership", workspaceId + "/" + userId,
                    Map.of("role", MembershipDao.roleName(before.role())), null);
        });
        return Response.noContent().build();
    }

    private static MembershipDao.Membership manageable(Handle handle, Caller caller, String workspaceId,
            String userId) {
        existingWorkspace(handle, caller, workspaceId);
        AccessGuard.require(caller, Permission.MEMBERS_MANAGE, workspaceId);
        // Locks every owner row of the workspace, so two concurrent demotions cannot both see another owner.
        handle.createQuery("SELECT user_id FROM memberships WHERE workspace_id = :workspace AND role = 'owner' FOR UPDATE")
                .bind("workspace", workspaceId).mapTo(String.class).list();
        return MembershipDao.inWorkspaceForUpdate(handle, workspaceId, userId)
                .orElseThrow(() -> new NotFoundException("no such member of this workspace"));
    }

    private static void requireAnotherOwner(Handle handle, String workspaceId) {
        long owners = MembershipDao.inWorkspace(handle, workspaceId).stream()
                .filter(membership -> membership.role() == Role.OWNER).count();
        if (owners <= 1) {
            throw new ClientErrorException("the last owner of a workspace cannot be removed or demoted", 409);
        }
    }

    private static Member member(Handle handle, String userId, Role role) {
        return handle.createQuery("SELECT id, email, display_name FROM users WHERE id = :id").bind("id", userId)
                .map((rs, ctx) -> new Member(rs.getString("id"), rs.getString("email"), rs.getString("display_name"),
                        MembershipDao.roleName(role), "workspace"))
                .one();
    }

    static void existingWorkspace(Handle handle, Caller caller, String workspaceId) {
        if (WorkspaceDao.find(handle, caller.tenantId(), workspaceId).isEmpty()) {
            throw new NotFoundException("no such workspace");
        }
    }
}
