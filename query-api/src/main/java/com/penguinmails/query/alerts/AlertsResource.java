package com.penguinmails.query.alerts;

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
 * {@code GET /v1/analytics/alerts}: the authenticated tenant's alert episodes overlapping a range, newest first, with
 * rule, scope and the metric's value against the threshold. Translates HTTP only.
 */
@Path("/v1/analytics/alerts")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class AlertsResource {

    private final AlertsSource source;
    private final Duration maxSpan;

    public AlertsResource(AlertsSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public AlertsReport alerts(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        AlertsRequest request =
                AlertsRequest.parse(tenant.tenantId(), new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return new AlertsReport(request.range().from(), request.range().to(), request.status().wireName(),
                request.severity().wireName(), source.alerts(request));
    }
}
