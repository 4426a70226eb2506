package com.penguinmails.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of API keys validated by the operational API ({@link RemoteApiKeyStore} over
 * {@link HttpApiKeyValidator}). A revoked key stops working within {@code max(positiveTtl, staleLimit)}: keep both at
 * most 60 seconds, the platform's promise.
 */
public class RemoteApiKeysFactory {

    @NotNull
    private URI url;

    @NotBlank
    private String serviceToken;

    @NotNull
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    private Duration positiveTtl = Duration.seconds(30);

    @NotNull
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    private Duration negativeTtl = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    private Duration staleLimit = Duration.seconds(60);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration timeout = Duration.seconds(2);

    @Positive
    private long maximumSize = 100_000;

    /** The operational API's base address, e.g. {@code http://127.0.0.1:8084}. */
    @JsonProperty
    public URI getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(URI url) {
        this.url = url;
    }

    /** This service's token for the operational API (from the environment; never logged). */
    @JsonProperty
    public String getServiceToken() {
        return serviceToken;
    }

    @JsonProperty
    public void setServiceToken(String serviceToken) {
        this.serviceToken = serviceToken;
    }

    /** How long a live key is trusted before it is checked again: the revocation delay while the API answers. */
    @JsonProperty
    public Duration getPositiveTtl() {
        return positiveTtl;
    }

    @JsonProperty
    public void setPositiveTtl(Duration positiveTtl) {
        this.positiveTtl = positiveTtl;
    }

    /** How long "no such live key" is remembered, sparing the operational API repeated bad keys. */
    @JsonProperty
    public Duration getNegativeTtl() {
        return negativeTtl;
    }

    @JsonProperty
    public void setNegativeTtl(Duration negativeTtl) {
        this.negativeTtl = negativeTtl;
    }

    /** While the operational API cannot answer: how long after its last confirmation a live key keeps working. */
    @JsonProperty
    public Duration getStaleLimit() {
        return staleLimit;
    }

    @JsonProperty
    public void setStaleLimit(Duration staleLimit) {
        this.staleLimit = staleLimit;
    }

    /** The longest one validation round trip may take. */
    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** How many keys' answers the cache keeps at most. */
    @JsonProperty
    public long getMaximumSize() {
        return maximumSize;
    }

    @JsonProperty
    public void setMaximumSize(long maximumSize) {
        this.maximumSize = maximumSize;
    }

    @ValidationMethod(message = "staleLimit must not be shorter than positiveTtl")
    public boolean isStaleLimitAtLeastPositiveTtl() {
        return staleLimit == null || positiveTtl == null || staleLimit.compareTo(positiveTtl) >= 0;
    }

    /** The cached store asking the operational API at {@link #getUrl()}. */
    public RemoteApiKeyStore build() {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout.toJavaDuration())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new RemoteApiKeyStore(
                new HttpApiKeyValidator(http, url, serviceToken, timeout.toJavaDuration()),
                positiveTtl.toJavaDuration(), negativeTtl.toJavaDuration(), staleLimit.toJavaDuration(), maximumSize,
                Ticker.systemTicker());
    }
}
