package com.penguinmails.query.health;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The counts and rates of one rolling window of a scope's health snapshot (definitions in stream-jobs/HEALTH.md):
 * rates are fractions as the stream job computed them; bounce and block rates over sends, the complaint rate over
 * deliveries.
 */
public record HealthWindow(
        @JsonProperty("sent") long sent,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("bounced") long bounced,
        @JsonProperty("hard_bounced") long hardBounced,
        @JsonProperty("blocked") long blocked,
        @JsonProperty("complaints") long complaints,
        @JsonProperty("bounce_rate") double bounceRate,
        @JsonProperty("block_rate") double blockRate,
        @JsonProperty("complaint_rate") double complaintRate) {
}
