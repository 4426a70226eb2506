package com.penguinmails.ingestion.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.apikeys.TenantPrincipal;
import io.dropwizard.auth.Auth;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/inbound/return-paths}: gives the sending engine the VERP bounce address (Return-Path) and the
 * matching Message-ID local part for one message of the authenticated tenant, signed with the tenant's key.
 *
 * <p>Answers: 200 with {@link ReturnPath}; 400 when the ids do not fit the VERP local-part limit, or the bounce domain
 * is not one of {@code inbound.smtp.bounceDomains} (the first one is used when none is given); 422 for a body without
 * {@code message_id}. 401 for a missing or unknown key comes from the authentication filter.
 */
@Path("/v1/inbound/return-paths")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReturnPathsResource {

    private final VerpAddresses verp;
    private final List<String> bounceDomains;

    /** @param bounceDomains the domains the SMTP listener accepts, the first being the default */
    public ReturnPathsResource(VerpAddresses verp, List<String> bounceDomains) {
        this.verp = verp;
        this.bounceDomains = bounceDomains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList();
    }

    /** What to make a return path for. */
    public record Request(
            @JsonProperty("message_id") @NotBlank String messageId,
            @JsonProperty("contact_id") String contactId,
            @JsonProperty("bounce_domain") String bounceDomain) {
    }

    /**
     * The return path of one message.
     *
     * @param returnPath the envelope sender (MAIL FROM / Return-Path) to send the message with
     * @param messageIdLocalPart the same token, to use as the left side of the message's Message-ID, so that replies
     *     correlate
     */
    public record ReturnPath(
            @JsonProperty("return_path") String returnPath,
            @JsonProperty("message_id_local_part") String messageIdLocalPart) {
    }

    @POST
    public Response returnPath(@Auth TenantPrincipal tenant, @NotNull @Valid Request request) {
        String domain = request.bounceDomain() == null
                ? bounceDomains.stream().findFirst().orElse(null)
                : request.bounceDomain().toLowerCase(Locale.ROOT);
        if (domain == null || !bounceDomains.contains(domain)) {
            return error("bounce_domain must be one of inbound.smtp.bounceDomains " + bounceDomains + ", got "
                    + domain);
        }
        try {
            String address = verp.returnPath(tenant.tenantId(), request.messageId(), request.contactId(), domain);
            return Response.ok(new ReturnPath(address, address.substring(0, address.lastIndexOf('@')))).build();
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static Response error(String message) {
        return Response.status(Status.BAD_REQUEST)
                .entity(new ErrorMessage(Status.BAD_REQUEST.getStatusCode(), message))
                .build();
    }
}
