package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The warning and critical levels of one rate, as fractions (0.001 = 0.1 %); a rate at or above a level reaches it.
 *
 * @param warning the level from which the rate needs attention, 0..1
 * @param critical the level from which sending should stop, at least {@code warning}, at most 1
 */
public record RateThreshold(@JsonProperty("warning") double warning, @JsonProperty("critical") double critical) {

    public RateThreshold {
        if (!(warning >= 0 && warning <= critical && critical <= 1)) {
            throw new IllegalArgumentException(
                    "need 0 <= warning <= critical <= 1, got warning " + warning + ", critical " + critical);
        }
    }

    /**
     * Judges {@code part / whole}: {@link ThresholdStatus#INSUFFICIENT_VOLUME} when {@code whole} is below
     * {@code minVolume} (and always when it is 0), otherwise the highest level the rate reaches.
     */
    public ThresholdStatus judge(long part, long whole, long minVolume) {
        if (whole == 0 || whole < minVolume) {
            return ThresholdStatus.INSUFFICIENT_VOLUME;
        }
        if (reaches(part, whole, critical)) {
            return ThresholdStatus.CRITICAL;
        }
        if (reaches(part, whole, warning)) {
            return ThresholdStatus.WARNING;
        }
        return ThresholdStatus.OK;
    }

    // Decimal arithmetic on the level as written (0.003, not its binary neighbour), so 3 of 1,000 reaches 0.3 %.
    private static boolean reaches(long part, long whole, double level) {
        return BigDecimal.valueOf(part).compareTo(BigDecimal.valueOf(level).multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
