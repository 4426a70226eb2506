package com.penguinmails.query.abtest;

import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.csv.CsvTable;
import com.penguinmails.query.request.QueryParameters;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;

/**
 * {@code GET /v1/analytics/campaigns/{campaign_id}/ab}: the A/B test results of one campaign's variants, JSON or CSV.
 * Translates HTTP only; validation lives in {@link AbTestRequest}, the statistics in {@link AbTestAnalysis}.
 */
@Path("/v1/analytics/campaigns/{campaign_id}/ab")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class AbTestResource {

    private final AbTestSource source;
    private final Duration maxSpan;

    /**
     * @param source where the variants' activity comes from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public AbTestResource(AbTestSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public AbTestReport abTest(@Auth TenantPrincipal tenant, @PathParam("campaign_id") String campaignId,
            @Context UriInfo uriInfo) {
        AbTestRequest request = AbTestRequest.parse(tenant.tenantId(), campaignId,
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return AbTestReport.of(request, source.variants(request));
    }
}
