package com.penguinmails.query.cohorts;

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
 * {@code GET /v1/analytics/cohorts}: the authenticated tenant's cohort retention matrix. Translates HTTP only;
 * validation lives in {@link CohortsRequest}, the matrix arithmetic in {@link Cohort}.
 */
@Path("/v1/analytics/cohorts")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class CohortsResource {

    private final CohortSnapshots matrices;
    private final Duration maxSpan;

    /**
     * @param matrices where the counts come from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public CohortsResource(CohortSnapshots matrices, Duration maxSpan) {
        this.matrices = matrices;
        this.maxSpan = maxSpan;
    }

    @GET
    public CohortsAnswer cohorts(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        CohortsRequest request =
                CohortsRequest.parse(tenant.tenantId(), new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        CohortSlices counts = matrices.answer(request);
        return CohortsAnswer.of(request, counts.cohorts().stream()
                .map(cohort -> Cohort.of(cohort, request.period()))
                .toList(), counts.asOf());
    }
}
