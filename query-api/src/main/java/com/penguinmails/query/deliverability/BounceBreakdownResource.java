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
 * {@code GET /v1/analytics/deliverability/bounces}: the authenticated tenant's bounces by type and reason per
 * provider, sending domain, sending IP, mailbox or campaign, with bounce and complaint rates judged against the
 * configured thresholds. Translates HTTP only.
 */
@Path("/v1/analytics/deliverability/bounces")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class BounceBreakdownResource {

    private final DeliverabilityDetailSource source;
    private final DeliverabilityThresholds thresholds;
    private final Duration maxSpan;

    public BounceBreakdownResource(DeliverabilityDetailSource source, DeliverabilityThresholds thresholds,
            Duration maxSpan) {
        this.source = source;
        this.thresholds = thresholds;
        this.maxSpan = maxSpan;
    }

    @GET
    public BounceBreakdown bounces(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        BounceBreakdownRequest request = BounceBreakdownRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return new BounceBreakdown(request.range().from(), request.range().to(), request.grouping().wireName(),
                request.resolution().wireName(), thresholds,
                new BounceBreakdownAssembler(thresholds).rows(source.bounceCounts(request)));
    }
}
