package com.penguinmails.operational.sessions;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.SignedInPerson;
import io.dropwizard.auth.Auth;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /v1/me/login-activity}: the newest sign-in attempts on the signed-in person's account. */
@Path("/v1/me/login-activity")
@Produces(MediaType.APPLICATION_JSON)
public final class LoginActivityResource {

    private final Jdbi jdbi;

    public LoginActivityResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    public Map<String, List<LoginActivity>> activity(@Auth Caller caller,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String userId = SignedInPerson.userId(caller);
        return Map.of("attempts", jdbi.withHandle(handle -> SessionDao.activity(handle, userId, limit)));
    }
}
