package com.penguinmails.ingestion.ratelimit;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Positive;

/**
 * A sustained rate and a burst, in events: a tenant may send {@code burst} events at once, then
 * {@code eventsPerSecond} on average.
 *
 * @param eventsPerSecond tokens added per second
 * @param burst most tokens a bucket holds
 */
public record RateLimit(@JsonProperty("eventsPerSecond") @Positive double eventsPerSecond,
        @JsonProperty("burst") @Positive double burst) {

    public RateLimit {
        if (!(eventsPerSecond > 0) || !(burst > 0)) {
            throw new IllegalArgumentException("eventsPerSecond and burst must be positive, got " + eventsPerSecond
                    + " and " + burst);
        }
    }
}
