package com.penguinmails.query.botfiltering;

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
 * {@code GET /v1/analytics/bot-filtering}: what the authenticated tenant's "human" open and click counts leave out, by
 * engagement class and classification reason, with a series over the range. Translates HTTP only.
 */
@Path("/v1/analytics/bot-filtering")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class BotFilteringResource {

    private final BotFilteringSource source;
    private final Duration maxSpan;

    public BotFilteringResource(BotFilteringSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public BotFilteringReport botFiltering(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        return source.report(BotFilteringRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan));
    }
}
