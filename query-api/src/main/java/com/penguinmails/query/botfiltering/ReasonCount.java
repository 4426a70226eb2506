package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often one classification reason code fired for opens or clicks of one class in the range (an event with three
 * reasons counts once under each).
 *
 * @param eventType open or click
 * @param engagementClass the class the events got
 * @param reason the reason code, e.g. {@code ip:apple-mpp}, {@code ua:GoogleImageProxy},
 *     {@code timing:click-within-60s-of-delivery}, {@code honeypot-link}
 * @param events how many events carried it
 * @param shareOfType events / all opens (or clicks) of the range, rounded half-up to 4 decimals
 */
public record ReasonCount(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("engagement_class") String engagementClass,
        @JsonProperty("reason") String reason,
        @JsonProperty("events") long events,
        @JsonProperty("share_of_type") double shareOfType) {
}
