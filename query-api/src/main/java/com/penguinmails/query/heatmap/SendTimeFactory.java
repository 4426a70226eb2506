package com.penguinmails.query.heatmap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Configuration of the send-time recommendation (YAML key {@code sendTime}); builds the {@link SendTimeAdvisor}. */
public class SendTimeFactory {

    @Min(1)
    private long minimumSends = 100;

    @Min(1)
    @Max(168)
    private int slots = 3;

    @DecimalMin(value = "0.5")
    @DecimalMax(value = "0.999")
    private double confidenceLevel = 0.95;

    /** The fewest sends an hour slot needs before it can be recommended (default 100). */
    @JsonProperty
    public long getMinimumSends() {
        return minimumSends;
    }

    @JsonProperty
    public void setMinimumSends(long minimumSends) {
        this.minimumSends = minimumSends;
    }

    /** How many slots to recommend at most (default 3). */
    @JsonProperty
    public int getSlots() {
        return slots;
    }

    @JsonProperty
    public void setSlots(int slots) {
        this.slots = slots;
    }

    /** The two-sided level of the Wilson intervals (default 0.95). */
    @JsonProperty
    public double getConfidenceLevel() {
        return confidenceLevel;
    }

    @JsonProperty
    public void setConfidenceLevel(double confidenceLevel) {
        this.confidenceLevel = confidenceLevel;
    }

    public SendTimeAdvisor build() {
        return new SendTimeAdvisor(minimumSends, slots, confidenceLevel);
    }
}
