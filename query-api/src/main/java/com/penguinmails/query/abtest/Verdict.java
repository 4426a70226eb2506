package com.penguinmails.query.abtest;

import java.util.Locale;

/**
 * What an A/B test shows, judged in this order: {@link #INSUFFICIENT_DATA} when fewer than two variants or any variant
 * has fewer than {@link AbTestAnalysis#MINIMUM_TRIALS} sends; {@link #WINNER} when the chi-square p-value is below
 * 0.05 and the leader's probability of being best is at least 0.95; {@link #PROMISING} when that probability is at
 * least 0.90 or p is below 0.10; {@link #INCONCLUSIVE} otherwise.
 */
public enum Verdict {
    WINNER,
    PROMISING,
    INCONCLUSIVE,
    INSUFFICIENT_DATA;

    /** The name in answers, e.g. {@code insufficient_data}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
