package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.Role;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.people.Argon2idPasswordHasher;
import com.penguinmails.operational.people.PasswordPolicy;
import com.penguinmails.operational.people.RandomIds;
import com.penguinmails.operational.people.User;
import com.penguinmails.operational.people.UserDao;
import io.dropwizard.auth.Auth;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Invitations to a workspace or to the organisation (an organisation-wide role), made and listed through
 * {@link WorkspaceInvitationResource} and {@link OrganisationInvitationResource} (the token is shown once and mailed),
 * and accepted here with {@code POST /v1/invitations/accept}, open to the invited person: signed in when they have an
 * account, with a new password when they do not. The token travels in the body, never in the URL, so it stays out of
 * request logs. Single use; expires.
 */
@Path("/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InvitationResource {

    /** What every invitation token starts with. */
    public static final String TOKEN_PREFIX = "pmi_";

    private static final String COLUMNS = """
            id, tenant_id, workspace_id, email, role, invited_by, created_at, expires_at, accepted_at""";

    private final Jdbi jdbi;
    private final InvitationMailer mailer;
    private final Argon2idPasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public InvitationResource(Jdbi jdbi, InvitationMailer mailer, Argon2idPasswordHasher hasher, AuditTrail audit,
            Clock clock, Duration lifetime) {
        this.jdbi = jdbi;
        this.mailer = mailer;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    NewInvitation create(Caller caller, String workspaceId, InvitationRequest request) {
        Role role = MembershipDao.parseRole(request.role());
        String email = request.email().trim();
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            if (workspaceId == null) {
                AccessGuard.require(caller, Permission.MEMBERS_MANAGE);
            }
            String scopeName = workspaceId == null
                    ? handle.createQuery("SELECT name FROM tenants WHERE id = :id").bind("id", caller.tenantId())
                            .mapTo(String.class).findOne().orElseThrow(() -> new NotFoundException("no organisation"))
                    : WorkspaceDao.find(handle, caller.tenantId(), workspaceId).map(Workspace::name)
                            .orElseThrow(() -> new NotFoundException("no such workspace"));
            AccessGuard.require(caller, Permission.MEMBERS_MANAGE, workspaceId);
            if (role == Role.OWNER) {
                Owners.requireOwner(caller, workspaceId);
            }
            Optional<User> existing = UserDao.byEmail(handle, email);
            if (existing.isPresent() && isMember(handle, existing.get().id(), workspaceId)) {
                throw new ClientErrorException("this person is already a member", 409);
            }
            Invitation invitation = new Invitation(RandomIds.next("i"), caller.tenantId(), workspaceId, email,
                    MembershipDao.roleName(role), caller.actor(), now, now.plus(lifetime), null);
            handle.createUpdate("""
                            INSERT INTO invitations (id, tenant_id, workspace_id, email, role, token_hash, invited_by,
                                                     created_at, expires_at)
                            VALUES (:id, :tenant, :workspace, :email, :role, :hash, :by, :now, :expires)""")
                    .bind("id", invitation.id()).bind("tenant", caller.tenantId()).bind("workspace", workspaceId)
                    .bind("email", email).bind("role", invitation.role()).bind("hash", TokenHashes.sha256(token))
                    .bind("by", caller.actor()).bind("now", now).bind("expires", invitation.expiresAt()).execute();
            mailer.deliver(handle, invitation, scopeName, token);
            audit.record(handle, caller, "invitation.create", "invitation", invitation.id(), null, invitation);
            return new NewInvitation(invitation.id(), workspaceId, email, invitation.role(), invitation.expiresAt(),
                    token);
        });
    }

    List<Invitation> pendingIn(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> {
            MembershipChanges.requireScope(handle, caller, workspaceId);
            AccessGuard.require(caller, Permission.MEMBERS_READ, workspaceId);
            return handle.createQuery("SELECT " + COLUMNS + """
                             FROM invitations
                            WHERE tenant_id = :tenant AND workspace_id IS NOT DISTINCT FROM :workspace
                              AND accepted_at IS NULL AND expires_at > :now
                            ORDER BY created_at DESC""")
                    .bind("tenant", caller.tenantId()).bind("workspace", workspaceId).bind("now", clock.instant())
                    .map(InvitationResource::map).list();
        });
    }

    private static boolean isMember(Handle handle, String userId, String workspaceId) {
        RoleAssignments roles = MembershipDao.rolesOf(handle, userId);
        return workspaceId == null ? roles.organisationRole().isPresent()
                : roles.workspaceRoles().containsKey(workspaceId);
    }

    @POST
    @Path("/accept")
    public InvitationAccepted accept(@Auth Optional<Caller> signedIn, @NotNull @Valid AcceptInvitation request,
            @Context HttpServletRequest http) {
        String token = request.token();
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            Invitation invitation = handle.createQuery("SELECT " + COLUMNS
                            + " FROM invitations WHERE token_hash = :hash FOR UPDATE")
                    .bind("hash", TokenHashes.sha256(token)).map(InvitationResource::map).findOne()
                    .orElseThrow(() -> new NotFoundException("no such invitation"));
            if (invitation.acceptedAt() != null) {
                throw new ClientErrorException("this invitation was already accepted", 409);
            }
            if (!invitation.expiresAt().isAfter(now)) {
                throw new ClientErrorException("this invitation has expired; ask for a new one", 410);
            }
            Optional<User> existing = UserDao.byEmailForUpdate(handle, invitation.email());
            String userId;
            boolean created;
            if (existing.isPresent()) {
                User user = existing.get();
                Caller caller = signedIn.filter(c -> c.userId().isPresent())
                        .orElseThrow(() -> new NotAuthorizedException("sign in as the invited person to accept",
                                "Bearer realm=\"penguinmails\""));
                if (!caller.userId().get().equals(user.id())) {
                    throw new ForbiddenException("this invitation is for another person");
                }
                if (!user.tenantId().equals(invitation.organisationId())) {
                    throw new ClientErrorException("a person belongs to one organisation; this account belongs to"
                            + " another", 409);
                }
                if (isMember(handle, user.id(), invitation.workspaceId())) {
                    throw new ClientErrorException("already a member", 409);
                }
                userId = user.id();
                created = false;
            } else {
                List<String> violations = PasswordPolicy.violations(invitation.email(), request.password());
                if (!violations.isEmpty()) {
                    throw new UnprocessableEntityException(violations);
                }
                userId = RandomIds.next("u");
                UserDao.insert(handle, userId, invitation.organisationId(), invitation.email(),
                        request.displayName(), hasher.hash(request.password()));
                created = true;
            }
            Role role = MembershipDao.parseRole(invitation.role());
            MembershipDao.insert(handle, userId, invitation.organisationId(), invitation.workspaceId(), role);
            handle.createUpdate("UPDATE invitations SET accepted_at = :now, accepted_by = :user WHERE id = :id")
                    .bind("now", now).bind("user", userId).bind("id", invitation.id()).execute();
            RoleAssignments roles = MembershipDao.rolesOf(handle, userId);
            Caller acceptor = new Caller(invitation.organisationId(), "user:" + userId, Optional.of(userId),
                    Optional.empty(), roles.organisationRole(), roles.workspaceRoles(), Set.of(), http.getRemoteAddr());
            InvitationAccepted accepted = new InvitationAccepted(userId, invitation.email(),
                    invitation.organisationId(), invitation.workspaceId(), invitation.role(), created);
            audit.record(handle, acceptor, "invitation.accept", "invitation", invitation.id(), invitation, accepted);
            return accepted;
        });
    }

    private static Invitation map(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Invitation(rs.getString("id"), rs.getString("tenant_id"), rs.getString("workspace_id"),
                rs.getString("email"),
                rs.getString("role"), rs.getString("invited_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), accepted == null ? null : accepted.toInstant());
    }
}
