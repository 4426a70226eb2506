package com.penguinmails.ingestion.ratelimit;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the per-tenant rate limits of the authenticated endpoints: a default limit and overrides by tenant
 * id. See {@link RateLimitFilter} for what a request costs.
 */
public class RateLimitsFactory {

    private boolean enabled = true;

    @Valid
    @NotNull
    private RateLimit defaultLimit = new RateLimit(50_000, 100_000);

    @Valid
    @NotNull
    private Map<String, RateLimit> tenants = new LinkedHashMap<>();

    /** Whether limits apply at all. */
    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The limit of every tenant without an override. */
    @JsonProperty("default")
    public RateLimit getDefaultLimit() {
        return defaultLimit;
    }

    @JsonProperty("default")
    public void setDefaultLimit(RateLimit defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** Limits by tenant id, replacing the default for those tenants. */
    @JsonProperty
    public Map<String, RateLimit> getTenants() {
        return tenants;
    }

    @JsonProperty
    public void setTenants(Map<String, RateLimit> tenants) {
        this.tenants = tenants;
    }

    /** The filter to register with Jersey, or empty when limits are disabled. */
    public Optional<RateLimitFilter> buildFilter(MetricRegistry metrics) {
        if (!enabled) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitFilter(new RateLimiter(defaultLimit, tenants, System::nanoTime), metrics));
    }
}
