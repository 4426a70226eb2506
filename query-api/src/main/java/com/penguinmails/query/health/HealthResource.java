package com.penguinmails.query.health;

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
 * {@code GET /v1/analytics/health}: the authenticated tenant's sending domains, mailboxes or IPs with the stream job's
 * current health score, its components, the pause recommendation and the trend over the range. Translates HTTP only.
 */
@Path("/v1/analytics/health")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class HealthResource {

    private final HealthSource source;
    private final Duration maxSpan;

    public HealthResource(HealthSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public HealthReport health(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        HealthRequest request =
                HealthRequest.parse(tenant.tenantId(), new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return new HealthReport(request.range().from(), request.range().to(), request.scope().kind(),
                request.provider(), request.interval().wireName(), request.zone().getId(), source.scopes(request));
    }
}
