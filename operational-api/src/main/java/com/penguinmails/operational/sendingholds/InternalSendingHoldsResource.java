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

/**
 * {@code GET /internal/v1/sending-holds}: every organisation's holds, for ingestion to refuse their send events.
 * Service callers only ({@link Permission#INTERNAL_READ}).
 */
@Path("/internal/v1/sending-holds")
@Produces(MediaType.APPLICATION_JSON)
public final class InternalSendingHoldsResource {

    private final Jdbi jdbi;
    private final PostgresSendingHolds holds;

    public InternalSendingHoldsResource(Jdbi jdbi, PostgresSendingHolds holds) {
        this.jdbi = jdbi;
        this.holds = holds;
    }

    @GET
    public Map<String, List<SendingHold>> all(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.INTERNAL_READ);
        return Map.of("sending_holds", jdbi.withHandle(holds::all));
    }
}
