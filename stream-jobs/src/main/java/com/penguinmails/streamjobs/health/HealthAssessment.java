package com.penguinmails.streamjobs.health;

import java.util.List;

/**
 * The health of one sending scope at one time, as {@link HealthScore} judges it.
 *
 * @param score 0 (worst) to 100 (best); null when neither window has enough volume
 * @param status the verdict
 * @param pauseRecommended whether sending from the scope should pause
 * @param reasons codes of every limit reached, e.g. {@code bounce_rate_24h_critical}; worst first is not implied
 */
public record HealthAssessment(Integer score, HealthStatus status, boolean pauseRecommended, List<String> reasons) {

    /** Copies the reasons. */
    public HealthAssessment {
        reasons = List.copyOf(reasons);
    }
}
