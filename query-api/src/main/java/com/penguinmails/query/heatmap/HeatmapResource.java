package com.penguinmails.query.heatmap;

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
 * {@code GET /v1/analytics/heatmap}: the authenticated tenant's engagement heatmap and send-time recommendation.
 * Translates HTTP only; validation lives in {@link HeatmapRequest}, the choice in {@link SendTimeAdvisor}.
 */
@Path("/v1/analytics/heatmap")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class HeatmapResource {

    private final HeatmapSource source;
    private final SendTimeAdvisor advisor;
    private final Duration maxSpan;

    /**
     * @param source where the matrices come from
     * @param advisor picks the recommended slots
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public HeatmapResource(HeatmapSource source, SendTimeAdvisor advisor, Duration maxSpan) {
        this.source = source;
        this.advisor = advisor;
        this.maxSpan = maxSpan;
    }

    @GET
    public HeatmapAnswer heatmap(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        HeatmapRequest request =
                HeatmapRequest.parse(tenant.tenantId(), new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        Heatmap heatmap = source.heatmap(request);
        return new HeatmapAnswer(request.range().from(), request.range().to(), request.campaignId().orElse(null),
                heatmap.cells(), advisor.recommend(heatmap, request.metric()));
    }
}
