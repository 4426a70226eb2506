package com.penguinmails.operational.infrastructure.mailu;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.notifications.RetrySchedule;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/**
 * The {@code infrastructure.mailu} configuration section: the Mailu admin API root and token (from the environment,
 * never logged), the call timeout and the quota of new mailboxes.
 */
public class MailuFactory {

    @NotNull
    private URI url = URI.create("https://mail.penguinmails.io/api/v1");

    @NotNull
    private String apiToken = "";

    @NotNull
    private Duration timeout = Duration.seconds(10);

    @Min(0)
    private long defaultQuotaBytes = 1_000_000_000L;

    @JsonProperty
    public URI getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(URI url) {
        this.url = url;
    }

    /** Write-only: the token is read from the configuration, never echoed back. */
    @JsonProperty
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @JsonProperty
    public long getDefaultQuotaBytes() {
        return defaultQuotaBytes;
    }

    @JsonProperty
    public void setDefaultQuotaBytes(long defaultQuotaBytes) {
        this.defaultQuotaBytes = defaultQuotaBytes;
    }

    /** The client; {@code retries} are the waits between attempts of an unavailable call. */
    public MailuClient build(RetrySchedule retries) {
        return new MailuClient(url, apiToken, java.time.Duration.ofMillis(timeout.toMilliseconds()), retries);
    }
}
