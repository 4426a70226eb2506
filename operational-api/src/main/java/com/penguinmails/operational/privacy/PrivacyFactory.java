package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * Settings of the privacy features (configuration section {@code privacy}).
 *
 * <pre>
 * privacy:
 *   erasureSweepInterval: 1 minute     # how often events of erased contacts that arrived later are deleted
 *   suppressionsFromEvents: true       # feed suppression lists from events.raw
 * </pre>
 */
public class PrivacyFactory {

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    private Duration erasureSweepInterval = Duration.minutes(1);

    private boolean suppressionsFromEvents = true;

    @JsonProperty
    public Duration getErasureSweepInterval() {
        return erasureSweepInterval;
    }

    @JsonProperty
    public void setErasureSweepInterval(Duration erasureSweepInterval) {
        this.erasureSweepInterval = erasureSweepInterval;
    }

    @JsonProperty
    public boolean isSuppressionsFromEvents() {
        return suppressionsFromEvents;
    }

    @JsonProperty
    public void setSuppressionsFromEvents(boolean suppressionsFromEvents) {
        this.suppressionsFromEvents = suppressionsFromEvents;
    }
}
