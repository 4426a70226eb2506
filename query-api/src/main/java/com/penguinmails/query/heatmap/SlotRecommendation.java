package com.penguinmails.query.heatmap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One recommended send slot and the evidence for it.
 *
 * @param dayOfWeek 1 (Monday) .. 7 (Sunday) in the recipients' local time
 * @param hour 0 .. 23 in the recipients' local time
 * @param sends messages sent in the slot: the rate's denominator
 * @param events the metric's human events in the slot, capped at {@code sends} (see {@link SendTimeAdvisor})
 * @param rate events / sends
 * @param lowerBound the Wilson interval's lower bound of the rate, which ranks the slots
 * @param upperBound the Wilson interval's upper bound of the rate
 * @param lift rate / the matrix's average rate - 1 (0.25 = 25 % better than average), or null when the average is 0
 * @param confidence the one-sided probability (normal approximation) that the slot's true rate exceeds the average
 */
public record SlotRecommendation(
        @JsonProperty("day_of_week") int dayOfWeek,
        @JsonProperty("hour") int hour,
        @JsonProperty("sends") long sends,
        @JsonProperty("events") long events,
        @JsonProperty("rate") double rate,
        @JsonProperty("lower_bound") double lowerBound,
        @JsonProperty("upper_bound") double upperBound,
        @JsonProperty("lift") Double lift,
        @JsonProperty("confidence") double confidence) {
}
