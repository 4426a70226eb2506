package com.penguinmails.operational.sendingholds;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /v1/sending-holds}: the holds on the caller's organisation ({@link Permission#BILLING_READ}). */
@Path("/v1/sending-holds")
@Produces(MediaType.APPLICATION_JSON)
public final class SendingHoldsResource {

    private final Jdbi jdbi;
    private final PostgresSendingHolds holds;

    public SendingHoldsResource(Jdbi jdbi, PostgresSendingHolds holds) {
        this.jdbi = jdbi;
        this.holds = holds;
    }

    @GET
    public Map<String, List<SendingHold>> ofOrganisation(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return Map.of("sending_holds", jdbi.withHandle(handle -> holds.ofTenant(handle, caller.tenantId())));
    }
}
