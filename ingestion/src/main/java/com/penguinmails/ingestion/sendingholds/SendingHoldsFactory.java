package com.penguinmails.ingestion.sendingholds;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * {@code sendingHolds}: where the operational API's sending holds are read from. Without a {@code url} nothing is
 * held (standalone use).
 */
public class SendingHoldsFactory {

    private URI url;

    private String serviceToken = "";

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    private Duration pollInterval = Duration.seconds(10);

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

    /** How often the holds are fetched again (default 10 s): the longest a new hold or a lift waits. */
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

    /** The poller feeding {@code holds}, or null when no {@code url} is configured. */
    public OperationalSendingHolds build(SendingHolds holds) {
        if (url == null || url.toString().isBlank()) {
            return null;
        }
        return new OperationalSendingHolds(url, serviceToken, pollInterval.toJavaDuration(),
                timeout.toJavaDuration(), holds);
    }
}
