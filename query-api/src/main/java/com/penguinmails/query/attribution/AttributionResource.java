package com.penguinmails.query.attribution;

import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.csv.CsvTable;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Set;

/**
 * {@code GET /v1/analytics/attribution}: every attribution model's credited conversions and revenue side by side per
 * campaign, variant or step; {@code GET /v1/analytics/attribution/conversions/{conversion_id}/journey}: one
 * conversion's touches and credits. The tenant is the API key's. Translates HTTP only.
 */
@Path("/v1/analytics/attribution")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public final class AttributionResource {

    /** The longest conversion id accepted in a path. */
    static final int MAX_CONVERSION_ID_LENGTH = 256;

    private final AttributionSource source;
    private final Duration maxSpan;

    /**
     * @param source where the answers come from
     * @param maxSpan the longest {@code from}..{@code to} range accepted
     */
    public AttributionResource(AttributionSource source, Duration maxSpan) {
        this.source = source;
        this.maxSpan = maxSpan;
    }

    @GET
    public AttributionReport attribution(@Auth TenantPrincipal tenant, @Context UriInfo uriInfo) {
        AttributionRequest request = AttributionRequest.parse(tenant.tenantId(),
                new QueryParameters(uriInfo.getQueryParameters()), maxSpan);
        return AttributionReport.of(request, source.totals(request));
    }

    @GET
    @Path("conversions/{conversion_id}/journey")
    @Produces(MediaType.APPLICATION_JSON)
    public ConversionJourney journey(@Auth TenantPrincipal tenant, @PathParam("conversion_id") String conversionId,
            @Context UriInfo uriInfo) {
        new QueryParameters(uriInfo.getQueryParameters()).rejectUnknown(Set.of());
        if (conversionId.isBlank() || conversionId.length() > MAX_CONVERSION_ID_LENGTH) {
            throw new InvalidQueryParameterException(
                    "conversion_id must be 1 to " + MAX_CONVERSION_ID_LENGTH + " characters");
        }
        return source.journey(tenant.tenantId(), conversionId)
                .orElseThrow(() -> new NotFoundException("No conversion " + conversionId + " for this tenant"));
    }
}
