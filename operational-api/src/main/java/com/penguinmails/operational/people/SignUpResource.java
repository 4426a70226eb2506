package com.penguinmails.operational.people;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Role;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.workspaces.MembershipDao;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /v1/signup}: opens an organisation with a default workspace and its owner. Open to anyone, limited per
 * source address.
 */
@Path("/v1/signup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SignUpResource {

    /** The name of the workspace every new organisation starts with. */
    public static final String DEFAULT_WORKSPACE = "Default";

    private final Jdbi jdbi;
    private final Argon2idPasswordHasher hasher;
    private final SignUpThrottle throttle;
    private final AuditTrail audit;

    public SignUpResource(Jdbi jdbi, Argon2idPasswordHasher hasher, SignUpThrottle throttle, AuditTrail audit) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    @POST
    public Response signUp(@NotNull @Valid SignUpRequest request, @Context HttpServletRequest http) {
        String source = http.getRemoteAddr();
        if (!throttle.tryAcquire(source)) {
            throw new ClientErrorException("too many sign-ups from this address; try again later", 429);
        }
        String email = request.email().trim();
        List<String> violations = PasswordPolicy.violations(email, request.password());
        if (!violations.isEmpty()) {
            throw new UnprocessableEntityException(violations);
        }
        String passwordHash = hasher.hash(request.password());
        String tenantId = RandomIds.next("t");
        String workspaceId = RandomIds.next("w");
        String userId = RandomIds.next("u");
        SignUpResult result = new SignUpResult(tenantId, request.organisation().trim(), workspaceId,
                DEFAULT_WORKSPACE, userId, email);
        Caller owner = new Caller(tenantId, "user:" + userId, Optional.of(userId), Optional.empty(),
                Optional.of(Role.OWNER), Map.of(workspaceId, Role.OWNER), Set.of(), source);
        boolean created = jdbi.inTransaction(handle -> {
            if (UserDao.byEmail(handle, email).isPresent()) {
                return false;
            }
            handle.createUpdate("INSERT INTO tenants (id, name) VALUES (:id, :name)")
                    .bind("id", tenantId).bind("name", result.organisationName()).execute();
            handle.createUpdate("INSERT INTO workspaces (id, tenant_id, name) VALUES (:id, :tenant, :name)")
                    .bind("id", workspaceId).bind("tenant", tenantId).bind("name", DEFAULT_WORKSPACE).execute();
            UserDao.insert(handle, userId, tenantId, email, request.displayName(), passwordHash);
            MembershipDao.insert(handle, userId, tenantId, null, Role.OWNER);
            MembershipDao.insert(handle, userId, tenantId, workspaceId, Role.OWNER);
            audit.record(handle, owner, "organisation.create", "organisation", tenantId, null, result);
            return true;
        });
        if (!created) {
            throw new ClientErrorException("an account with this email already exists", 409);
        }
        return Response.status(Response.Status.CREATED).entity(result).build();
    }
}
