package com.penguinmails.operational.domains;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/workspaces/{workspaceId}/domains}: sending domains, their DNS records, verification, propagation, DKIM
 * rotation and DMARC stages. Reads need {@link Permission#DOMAINS_READ}, changes {@link Permission#DOMAINS_MANAGE}, in
 * the workspace; a workspace or domain of another tenant is 404.
 */
@Path("/v1/workspaces/{workspaceId}/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DomainsResource {

    private final SendingDomains domains;

    public DomainsResource(SendingDomains domains) {
        this.domains = domains;
    }

    @POST
    public Response create(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @NotNull @Valid CreateDomainRequest request) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        DomainView created = domains.create(caller, workspaceId, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public Map<String, List<DomainView>> list(@Auth Caller caller, @PathParam("workspaceId") String workspaceId) {
        allow(caller, workspaceId, Permission.DOMAINS_READ);
        return Map.of("domains", domains.list(caller, workspaceId));
    }

    @GET
    @Path("/{domainId}")
    public DomainView get(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_READ);
        return domains.get(caller, workspaceId, domainId);
    }

    @PATCH
    @Path("/{domainId}")
    public DomainView update(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId, @NotNull @Valid UpdateDomainRequest request) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        return domains.update(caller, workspaceId, domainId, request);
    }

    @DELETE
    @Path("/{domainId}")
    public Response delete(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        domains.delete(caller, workspaceId, domainId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{domainId}/records")
    public Map<String, List<DnsRecord>> records(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_READ);
        return Map.of("records", domains.records(caller, workspaceId, domainId));
    }

    @POST
    @Path("/{domainId}/verify")
    public VerificationView verify(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        return domains.verify(caller, workspaceId, domainId);
    }

    @GET
    @Path("/{domainId}/verification")
    public VerificationView lastVerification(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_READ);
        return domains.lastVerification(caller, workspaceId, domainId)
                .orElseThrow(() -> new NotFoundException("the domain has not been verified yet"));
    }

    @GET
    @Path("/{domainId}/propagation")
    public PropagationView propagation(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_READ);
        return domains.propagation(caller, workspaceId, domainId);
    }

    @POST
    @Path("/{domainId}/dkim/rotate")
    public DomainView rotateDkim(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId, @QueryParam("bits") Integer bits) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        return domains.rotateDkim(caller, workspaceId, domainId, bits);
    }

    @DELETE
    @Path("/{domainId}/dkim/{selector}")
    public Response removeDkim(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId, @PathParam("selector") String selector) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        domains.removeDkim(caller, workspaceId, domainId, selector);
        return Response.noContent().build();
    }

    @POST
    @Path("/{domainId}/dmarc/advance")
    public DomainView advanceDmarc(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("domainId") String domainId) {
        allow(caller, workspaceId, Permission.DOMAINS_MANAGE);
        return domains.advanceDmarc(caller, workspaceId, domainId);
    }

    /** 404 for a workspace outside the caller's tenant (no existence leak), then 403 without the permission. */
    private void allow(Caller caller, String workspaceId, Permission permission) {
        if (!domains.workspaceExists(caller, workspaceId)) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, permission, workspaceId);
    }
}
