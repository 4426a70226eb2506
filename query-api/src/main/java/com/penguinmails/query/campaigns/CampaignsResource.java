package com.penguinmails.query.campaigns;

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
 * {@code GET /v1/analytics/campaigns} (the campaign list with key figures) and
 * {@code GET /v1/analytics/campaigns/compare} (campaigns side by side with time series), JSON or CSV. Translates HTTP
 * only; validation lives in the request types.
 */
@Path("/v1/analytics/campaigns")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class CampaignsResource {

    private final CampaignsSource source;
    private final Duration maxSpan;

    /**
     * @param source where the figures come from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public CampaignsResource(CampaignsSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public CampaignList campaigns(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        CampaignListRequest request = CampaignListRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return CampaignList.of(request, source.campaigns(request));
    }

    @GET
    @Path("/compare")
    public CampaignComparison compare(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        CampaignComparisonRequest request = CampaignComparisonRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return source.compare(request);
    }
}
