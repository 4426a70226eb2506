package com.penguinmails.ingestion.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Configuration of what one {@code POST /v1/events} request may carry, and what a client is told when Kafka is down. */
public class IntakeLimits {

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 256, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
    private DataSize maxBodySize = DataSize.mebibytes(5);

    @Min(1)
    @Max(1_000_000)
    private int maxEventsPerRequest = 10_000;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration retryAfter = Duration.seconds(5);

    /** Largest request body accepted, counted while it streams in (after any content decoding). */
    @JsonProperty
    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    @JsonProperty
    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** Most events (valid or not) accepted in one request. */
    @JsonProperty
    public int getMaxEventsPerRequest() {
        return maxEventsPerRequest;
    }

    @JsonProperty
    public void setMaxEventsPerRequest(int maxEventsPerRequest) {
        this.maxEventsPerRequest = maxEventsPerRequest;
    }

    /** What a 503 answer's {@code Retry-After} header tells the client, rounded up to whole seconds. */
    @JsonProperty
    public Duration getRetryAfter() {
        return retryAfter;
    }

    @JsonProperty
    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }
}
