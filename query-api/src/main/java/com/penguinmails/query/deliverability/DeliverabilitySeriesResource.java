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
 * {@code GET /v1/analytics/deliverability/series}: the authenticated tenant's sends, deliveries, bounces and complaints
 * per bucket of the interval, with rates judged against the configured thresholds. Translates HTTP only.
 */
@Path("/v1/analytics/deliverability/series")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class DeliverabilitySeriesResource {

    private final DeliverabilityDetailSource source;
    private final DeliverabilityThresholds thresholds;
    private final Duration maxSpan;

    public DeliverabilitySeriesResource(DeliverabilityDetailSource source, DeliverabilityThresholds thresholds,
            Duration maxSpan) {
        this.source = source;
        this.thresholds = thresholds;
        this.maxSpan = maxSpan;
    }

    @GET
    public DeliverabilitySeries series(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        DeliverabilitySeriesRequest request = DeliverabilitySeriesRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return new DeliverabilitySeries(request.range().from(), request.range().to(), request.interval().wireName(),
                request.zone().getId(), request.resolution().wireName(), thresholds, source.series(request, thresholds));
    }
}
