package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * {@code tracking.operationalDomains}: where custom tracking domains verified in the operational API are read from.
 * Without a {@code url} only the configured domains are served (standalone use).
 */
public class OperationalTrackingDomainsFactory {

    private URI url;

    private String serviceToken = "";

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration pollInterval = Duration.seconds(30);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration timeout = Duration.seconds(5);

    /** The operational API's base address, e.g. {@code http://127.0.0.1:8084}; null or empty: not polled. */
    @JsonProperty
    public URI getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(URI url) {
        this.url = url;
    }

    /** This service's token for the operational API (from the environment; never logged). */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String getServiceToken() {
        return serviceToken;
    }

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setServiceToken(String serviceToken) {
        this.serviceToken = serviceToken;
    }

    /** How often the list is fetched again (default 30 s). */
    @JsonProperty
    public Duration getPollInterval() {
        return pollInterval;
    }

    @JsonProperty
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** How long one fetch may take. */
    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The poller feeding {@code domains}, or null when no {@code url} is configured. */
    public OperationalTrackingDomains build(TrackingDomains domains) {
        if (url == null || url.toString().isBlank()) {
            return null;
        }
        return new OperationalTrackingDomains(url, serviceToken, pollInterval.toJavaDuration(),
                timeout.toJavaDuration(), domains);
    }
}
