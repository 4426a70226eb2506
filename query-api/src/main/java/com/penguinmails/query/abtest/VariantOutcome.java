package com.penguinmails.query.abtest;

import java.util.Objects;

/**
 * What one variant of an A/B test achieved: how many messages it was tried on and how many of them succeeded on the
 * judged metric (e.g. got a reply).
 *
 * @param variant the variant's name, never null ({@code ""} for messages sent without a variant)
 * @param trials messages the variant was sent as, at least 0
 * @param successes messages that succeeded, within 0..trials
 */
public record VariantOutcome(String variant, long trials, long successes) {

    public VariantOutcome {
        Objects.requireNonNull(variant, "variant");
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials; got " + successes + " of " + trials
                    + " for variant '" + variant + "'");
        }
    }

    /** successes / trials, 0 when there were no trials. */
    public double rate() {
        return trials == 0 ? 0 : (double) successes / trials;
    }

    /** trials - successes. */
    public long failures() {
        return trials - successes;
    }
}
