package com.penguinmails.operational.sessions;

import com.penguinmails.operational.access.BearerTokens;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.SignedInPerson;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in and the signed-in person's sessions: {@code POST /v1/sessions} (open), {@code GET /v1/sessions},
 * {@code DELETE /v1/sessions/current} (sign out) and {@code DELETE /v1/sessions/{id}} (revoke another of one's own).
 */
@Path("/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final SignIn signIn;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration idleTimeout;

    public SessionResource(SignIn signIn, Jdbi jdbi, AuditTrail audit, Clock clock, Duration idleTimeout) {
        this.signIn = signIn;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @POST
    public Response signIn(@NotNull @Valid SignInRequest request, @Context HttpServletRequest http,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        SignIn.Outcome outcome = signIn.attempt(request, http.getRemoteAddr(), userAgent);
        if (outcome instanceof SignIn.Opened opened) {
            return Response.status(Response.Status.CREATED).entity(opened.session()).build();
        }
        boolean secondFactor = ((SignIn.Refused) outcome).secondFactorRequired();
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(new SignInRefusal(401, secondFactor ? SignInRefusal.SECOND_FACTOR : SignInRefusal.WRONG,
                        secondFactor))
                .build();
    }

    @GET
    public Map<String, List<SessionView>> list(@Auth Caller caller,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String userId = SignedInPerson.userId(caller);
        Instant now = clock.instant();
        byte[] current = TokenHashes.sha256(BearerTokens.of(authorization).orElse(""));
        return Map.of("sessions", jdbi.withHandle(handle ->
                SessionDao.live(handle, userId, current, now, now.minus(idleTimeout))));
    }

    @DELETE
    @Path("/current")
    public Response signOut(@Auth Caller caller, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String userId = SignedInPerson.userId(caller);
        byte[] current = TokenHashes.sha256(BearerTokens.of(authorization).orElse(""));
        jdbi.useTransaction(handle -> SessionDao.idByTokenHash(handle, current)
                .ifPresent(id -> revoke(handle, caller, userId, id)));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@Auth Caller caller, @PathParam("id") String id) {
        String userId = SignedInPerson.userId(caller);
        boolean revoked = jdbi.inTransaction(handle -> revoke(handle, caller, userId, id));
        if (!revoked) {
            throw new NotFoundException("no such session");
        }
        return Response.noContent().build();
    }

    private boolean revoke(Handle handle, Caller caller, String userId, String id) {
        boolean revoked = SessionDao.revoke(handle, userId, id, clock.instant());
        if (revoked) {
            audit.record(handle, caller, "session.revoke", "session", id, Map.of("revoked", false),
                    Map.of("revoked", true));
        }
        return revoked;
    }
}
