package com.penguinmails.query.heatmap;

/**
 * The Wilson score interval of a binomial proportion: unlike the normal approximation it stays within [0, 1] and
 * behaves with few trials or a rate near 0, which is the case for reply rates per hour slot.
 *
 * @param lower the interval's lower bound, within [0, 1]
 * @param upper the interval's upper bound, within [lower, 1]
 */
public record WilsonInterval(double lower, double upper) {

    /**
     * The interval of {@code successes} out of {@code trials} for a two-sided normal quantile {@code z}
     * (1.96 for 95 %).
     *
     * @throws IllegalArgumentException when trials is not positive or successes is outside 0..trials
     */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials and trials > 0; got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        // At 0 and all successes the exact bound is 0 or 1; rounding would leave 1e-17 or 0.9999999999999999.
        double lower = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = successes == trials ? 1 : Math.min(1, centre + halfWidth);
        return new WilsonInterval(lower, upper);
    }
}
