package com.penguinmails.query.deliverability;

import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.csv.CsvTable;
import com.penguinmails.query.request.QueryParameters;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;

/**
 * {@code GET /v1/analytics/deliverability}: the authenticated tenant's deliverability counters and rates per provider,
 * sending domain, sending IP, mailbox or campaign. Translates HTTP only; validation lives in
 * {@link DeliverabilityRequest}.
 */
@Path("/v1/analytics/deliverability")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class DeliverabilityResource {

    private final DeliverabilitySource source;
    private final Duration maxSpan;

    /**
     * @param source where the groups come from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public DeliverabilityResource(DeliverabilitySource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public DeliverabilityReport deliverability(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        DeliverabilityRequest request = DeliverabilityRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return DeliverabilityReport.of(request, source.groups(request));
    }
}
