package com.penguinmails.query.overview;

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
 * {@code GET /v1/analytics/overview}: the authenticated tenant's event counts, rates and KPI time series in a time
 * range (the series also as CSV). Translates
 * HTTP only; validation lives in {@link OverviewRequest}, the query in {@link OverviewQuery}.
 */
@Path("/v1/analytics/overview")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class OverviewResource {

    private final OverviewSource source;
    private final Duration maxSpan;

    /**
     * @param source where the counts come from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public OverviewResource(OverviewSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public Overview overview(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        OverviewRequest request =
                OverviewRequest.parse(tenant.tenantId(), new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        OverviewCounts counts = source.counts(request);
        return Overview.of(request, counts.totals(), counts.buckets());
    }
}
