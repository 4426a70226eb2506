package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A {@link RetrySchedule} as configured: the failed deliveries' ({@code notifications.retry}) and the other retries
 * that reuse it (e.g. {@code usage.stripeRetry}, {@code infrastructure.backoff}); defaults as
 * {@link RetrySchedule#DEFAULT}.
 */
public class RetryScheduleFactory {

    @NotNull
    private Duration initialDelay = Duration.seconds(30);

    @DecimalMin("1.0")
    private double multiplier = 2.0;

    @NotNull
    private Duration maxDelay = Duration.hours(1);

    @Min(1)
    private int maxAttempts = 31;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    private double jitter = 0.2;

    @JsonProperty
    public Duration getInitialDelay() {
        return initialDelay;
    }

    @JsonProperty
    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    @JsonProperty
    public double getMultiplier() {
        return multiplier;
    }

    @JsonProperty
    public void setMultiplier(double multiplier) {
        this.multiplier = multiplier;
    }

    @JsonProperty
    public Duration getMaxDelay() {
        return maxDelay;
    }

    @JsonProperty
    public void setMaxDelay(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    @JsonProperty
    public int getMaxAttempts() {
        return maxAttempts;
    }

    @JsonProperty
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @JsonProperty
    public double getJitter() {
        return jitter;
    }

    @JsonProperty
    public void setJitter(double jitter) {
        this.jitter = jitter;
    }

    /** The schedule. */
    public RetrySchedule build() {
        return new RetrySchedule(initialDelay.toJavaDuration(), multiplier, maxDelay.toJavaDuration(), maxAttempts,
                jitter);
    }
}
