package com.penguinmails.operational.suppressions;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.privacy.ContactHash;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * A tenant's suppression list: {@code GET/POST /v1/suppressions}, {@code DELETE /v1/suppressions/{id}} and the check
 * senders run before sending, {@code POST /v1/suppressions/check}.
 */
@Path("/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
public final class SuppressionResource {

    private final Jdbi jdbi;
    private final SuppressionDao dao;
    private final AuditTrail audit;
    private final Clock clock;

    public SuppressionResource(Jdbi jdbi, SuppressionDao dao, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    public SuppressionPage list(@Auth Caller caller, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        AccessGuard.require(caller, Permission.SUPPRESSIONS_READ);
        Long before = cursor(cursor);
        List<Suppression> rows = jdbi.withHandle(handle -> dao.page(handle, caller.tenantId(), before, limit + 1));
        if (rows.size() <= limit) {
            return new SuppressionPage(rows, null);
        }
        List<Suppression> page = List.copyOf(rows.subList(0, limit));
        return new SuppressionPage(page, Long.toString(page.get(limit - 1).id()));
    }

    @POST
    public Response add(@Auth Caller caller, @NotNull @Valid NewSuppression entry) {
        AccessGuard.require(caller, Permission.SUPPRESSIONS_MANAGE);
        Suppression created = jdbi.inTransaction(handle -> {
            Suppression row = dao.insertManual(handle, caller.tenantId(), entry, caller.actor(), clock.instant());
            audit.record(handle, caller, "suppression.create", "suppression", Long.toString(row.id()), null, row);
            return row;
        });
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@Auth Caller caller, @PathParam("id") long id) {
        AccessGuard.require(caller, Permission.SUPPRESSIONS_MANAGE);
        jdbi.useTransaction(handle -> {
            Suppression existing = dao.find(handle, caller.tenantId(), id)
                    .orElseThrow(() -> new NotFoundException("no suppression " + id));
            dao.delete(handle, caller.tenantId(), id);
            audit.record(handle, caller, "suppression.delete", "suppression", Long.toString(id), existing, null);
        });
        return Response.noContent().build();
    }

    @POST
    @Path("/check")
    public CheckResult check(@Auth Caller caller, @NotNull @Valid SuppressionCheck check) {
        AccessGuard.require(caller, Permission.SUPPRESSIONS_CHECK);
        Map<String, String> emailsByHash = check.emails().stream()
                .collect(Collectors.toMap(EmailAddresses::sha256, Function.identity(), (first, second) -> first));
        List<Suppression> matches = jdbi.withHandle(handle -> dao.matching(handle, caller.tenantId(),
                check.contactIds(), emailsByHash.keySet()));
        List<SuppressedRecipient> suppressed = new ArrayList<>();
        for (String contactId : check.contactIds()) {
            String hash = ContactHash.of(contactId);
            matches.stream()
                    .filter(match -> contactId.equals(match.contactId()) || hash.equals(match.contactSha256()))
                    .findFirst()
                    .ifPresent(match -> suppressed.add(new SuppressedRecipient(contactId, null, match.reason(),
                            match.createdAt())));
        }
        emailsByHash.forEach((hash, email) -> matches.stream()
                .filter(match -> hash.equals(match.emailSha256()))
                .findFirst()
                .ifPresent(match -> suppressed.add(new SuppressedRecipient(null, email, match.reason(),
                        match.createdAt()))));
        return new CheckResult(check.contactIds().size() + check.emails().size(), suppressed);
    }

    private static Long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new BadRequestException("cursor must be a value of next_cursor");
        }
    }
}
