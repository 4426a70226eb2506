package com.penguinmails.streamjobs.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;

/**
 * Configuration of how a failed job restarts: Flink's exponential-delay strategy.
 *
 * <pre>
 * restartStrategy:
 *   initialBackoff: 1 s
 *   maxBackoff: 1 min
 *   backoffMultiplier: 2.0
 *   resetBackoffThreshold: 1 h   # this long without failure resets the delay and the attempt count
 *   jitterFactor: 0.1
 *   maxAttempts: 2147483647      # restarts before the job fails for good; bound it in tests
 * </pre>
 *
 * <p>With the ClickHouse sink this is what rides out a ClickHouse outage longer than the committer's own retries:
 * each restart restores the last checkpoint and commits its batches again.
 */
public class RestartStrategyFactory {

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration initialBackoff = Duration.seconds(1);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration maxBackoff = Duration.minutes(1);

    @DecimalMin("1.0")
    private double backoffMultiplier = 2.0;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration resetBackoffThreshold = Duration.hours(1);

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    private double jitterFactor = 0.1;

    @Min(1)
    private int maxAttempts = Integer.MAX_VALUE;

    /** Writes these settings into a Flink configuration. */
    public void applyTo(Configuration configuration) {
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,
                initialBackoff.toJavaDuration());
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
                maxBackoff.toJavaDuration());
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_BACKOFF_MULTIPLIER,
                backoffMultiplier);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_RESET_BACKOFF_THRESHOLD,
                resetBackoffThreshold.toJavaDuration());
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_JITTER_FACTOR, jitterFactor);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, maxAttempts);
    }

    @JsonProperty
    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    @JsonProperty
    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    @JsonProperty
    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    @JsonProperty
    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    @JsonProperty
    public double getBackoffMultiplier() {
        return backoffMultiplier;
    }

    @JsonProperty
    public void setBackoffMultiplier(double backoffMultiplier) {
        this.backoffMultiplier = backoffMultiplier;
    }

    @JsonProperty
    public Duration getResetBackoffThreshold() {
        return resetBackoffThreshold;
    }

    @JsonProperty
    public void setResetBackoffThreshold(Duration resetBackoffThreshold) {
        this.resetBackoffThreshold = resetBackoffThreshold;
    }

    @JsonProperty
    public double getJitterFactor() {
        return jitterFactor;
    }

    @JsonProperty
    public void setJitterFactor(double jitterFactor) {
        this.jitterFactor = jitterFactor;
    }

    @JsonProperty
    public int getMaxAttempts() {
        return maxAttempts;
    }

    @JsonProperty
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }
}
