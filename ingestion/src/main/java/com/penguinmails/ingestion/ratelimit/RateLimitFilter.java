package com.penguinmails.ingestion.ratelimit;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.ingestion.events.IngestionResult;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.Principal;

/**
 * Applies the per-tenant rate limits to every authenticated request: runs after authentication, so it sees the
 * {@link TenantPrincipal}; requests without one (public tracking endpoints, the OpenAPI document) pass untouched.
 *
 * <p>A key issued with its own rate limit ({@link TenantPrincipal#rateLimitPerSecond()}) also has a bucket of its own
 * (that many events per second, bursts of twice as many), so both the key's and its tenant's limits hold.
 *
 * <p>Costs are in events: a request is admitted while its tenant's bucket holds a token and takes one; when it answers
 * with an {@link IngestionResult} (the batch API), it is then charged one more token per further item of its body,
 * valid or not. A tenant over its limit gets 429 with {@code Retry-After} (whole seconds, rounded up) and a JSON error
 * body like the service's other errors. Meter: {@code ingestion.rateLimit.rejected} (requests refused).
 */
@Priority(Priorities.AUTHORIZATION)
public final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String TENANT_PROPERTY = RateLimitFilter.class.getName() + ".tenant";
    private static final String KEY_BUCKET_PROPERTY = RateLimitFilter.class.getName() + ".keyBucket";
    private static final String KEY_BUCKET_PREFIX = "key:";
    private static final int TOO_MANY_REQUESTS = 429;

    private final RateLimiter limiter;
    private final Meter rejected;

    public RateLimitFilter(RateLimiter limiter, MetricRegistry metrics) {
        this.limiter = limiter;
        this.rejected = metrics.meter("ingestion.rateLimit.rejected");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof TenantPrincipal tenant)) {
            return;
        }
        RateLimit limit = limiter.limitOf(tenant.tenantId());
        String keyBucket = null;
        long waitNanos = 0;
        if (tenant.rateLimitPerSecond().isPresent() && tenant.keyId().isPresent()) {
            int perSecond = tenant.rateLimitPerSecond().getAsInt();
            RateLimit keyLimit = new RateLimit(perSecond, 2.0 * perSecond);
            keyBucket = KEY_BUCKET_PREFIX + tenant.keyId().get();
            waitNanos = limiter.tryAdmit(keyBucket, keyLimit);
            if (waitNanos > 0) {
                limit = keyLimit;
            }
        }
        if (waitNanos == 0) {
            waitNanos = limiter.tryAdmit(tenant.tenantId());
        }
        if (waitNanos > 0) {
            rejected.mark();
            long retryAfterSeconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            request.abortWith(Response.status(TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorMessage(TOO_MANY_REQUESTS, String.format(
                            "rate limit exceeded: this API key may send %.0f events per second (bursts of %.0f); "
                                    + "retry after %d s", limit.eventsPerSecond(), limit.burst(), retryAfterSeconds)))
                    .build());
            return;
        }
        request.setProperty(TENANT_PROPERTY, tenant.tenantId());
        if (keyBucket != null) {
            request.setProperty(KEY_BUCKET_PROPERTY, keyBucket);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TENANT_PROPERTY) instanceof String tenantId
                && response.getEntity() instanceof IngestionResult result) {
            int further = result.accepted() + result.rejected().size() - 1;
            limiter.charge(tenantId, further);
            if (request.getProperty(KEY_BUCKET_PROPERTY) instanceof String keyBucket) {
                limiter.charge(keyBucket, further);
            }
        }
    }
}
