package com.penguinmails.query.heatmap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The best send slots of a heatmap for one metric.
 *
 * @param metric what the rates count: {@code opens}, {@code clicks} or {@code replies} per message sent
 * @param averageRate the metric's events / sends over the whole matrix (events capped at sends), 0 without sends
 * @param minimumSends the fewest sends a slot needs to be considered
 * @param confidenceLevel the two-sided level of the Wilson intervals, e.g. 0.95
 * @param eligibleSlots how many slots had at least {@code minimumSends} sends
 * @param slots the best eligible slots, best first by the interval's lower bound; empty when none is eligible
 */
public record SendTimeRecommendation(
        @JsonProperty("metric") String metric,
        @JsonProperty("average_rate") double averageRate,
        @JsonProperty("minimum_sends") long minimumSends,
        @JsonProperty("confidence_level") double confidenceLevel,
        @JsonProperty("eligible_slots") int eligibleSlots,
        @JsonProperty("slots") List<SlotRecommendation> slots) {

    public SendTimeRecommendation {
        slots = List.copyOf(slots);
    }
}
