package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.concurrent.TimeUnit;

/** Configuration of the API keys the service issues (section {@code apiKeys}; see API-KEYS.md). */
public class IssuedApiKeysFactory {

    @NotNull
    @Pattern(regexp = "[a-z]{1,12}")
    private String environment = "live";

    @NotNull
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 7, unit = TimeUnit.DAYS)
    private Duration rotationGracePeriod = Duration.hours(24);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    private Duration lastUsedFlushInterval = Duration.minutes(1);

    /** The label in every key issued, {@code pm_<environment>_...}, e.g. {@code live} or {@code test}. */
    @JsonProperty
    public String getEnvironment() {
        return environment;
    }

    @JsonProperty
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    /** How long a rotated key's old secret keeps working unless the rotation asks otherwise. */
    @JsonProperty
    public Duration getRotationGracePeriod() {
        return rotationGracePeriod;
    }

    @JsonProperty
    public void setRotationGracePeriod(Duration rotationGracePeriod) {
        this.rotationGracePeriod = rotationGracePeriod;
    }

    /** How often the keys' last-used times are written: each key costs at most one write per interval. */
    @JsonProperty
    public Duration getLastUsedFlushInterval() {
        return lastUsedFlushInterval;
    }

    @JsonProperty
    public void setLastUsedFlushInterval(Duration lastUsedFlushInterval) {
        this.lastUsedFlushInterval = lastUsedFlushInterval;
    }
}
