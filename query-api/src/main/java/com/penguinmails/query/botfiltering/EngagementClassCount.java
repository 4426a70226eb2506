package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The opens or clicks of one engagement class in the range.
 *
 * @param engagementClass the class (human, image_proxy, apple_mpp, security_scanner, bot, unknown, unclassified)
 * @param events how many
 * @param share events / all opens (or clicks), rounded half-up to 4 decimals, 0 when there are none
 * @param countedAsHuman whether the class counts in "human" opens (clicks)
 */
public record EngagementClassCount(
        @JsonProperty("engagement_class") String engagementClass,
        @JsonProperty("events") long events,
        @JsonProperty("share") double share,
        @JsonProperty("counted_as_human") boolean countedAsHuman) {
}
