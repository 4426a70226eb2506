package com.penguinmails.operational.domains;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /internal/v1/tracking-domains}: every verified custom tracking domain and its tenant, for ingestion to
 * serve tracking links on. Service callers only ({@link Permission#INTERNAL_READ}).
 */
@Path("/internal/v1/tracking-domains")
@Produces(MediaType.APPLICATION_JSON)
public final class TrackingDomainsResource {

    private final SendingDomains domains;

    public TrackingDomainsResource(SendingDomains domains) {
        this.domains = domains;
    }

    @GET
    public Map<String, List<TrackingDomain>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.INTERNAL_READ);
        return Map.of("tracking_domains", domains.trackingDomains());
    }
}
