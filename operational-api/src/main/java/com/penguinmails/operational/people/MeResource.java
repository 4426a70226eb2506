package com.penguinmails.operational.people;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.SignedInPerson;
import com.penguinmails.operational.workspaces.MembershipDao;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /v1/me}: who is signed in, in which organisation, with which roles. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {

    private final Jdbi jdbi;

    public MeResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    public Me me(@Auth Caller caller) {
        String userId = SignedInPerson.userId(caller);
        return jdbi.withHandle(handle -> {
            User user = UserDao.byId(handle, caller.tenantId(), userId, false)
                    .orElseThrow(() -> new NotFoundException("no such person"));
            String organisationName = handle.createQuery("SELECT name FROM tenants WHERE id = :id")
                    .bind("id", user.tenantId()).mapTo(String.class).one();
            Map<String, String> workspaceRoles = new TreeMap<>();
            caller.workspaceRoles().forEach((workspace, role) -> workspaceRoles.put(workspace,
                    MembershipDao.roleName(role)));
            return new Me(user.id(), user.email(), user.displayName(), user.totpEnabled(), user.createdAt(),
                    user.tenantId(), organisationName, caller.organisationRole().map(MembershipDao::roleName)
                            .orElse(null), workspaceRoles);
        });
    }
}
