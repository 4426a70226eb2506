package com.penguinmails.query.heatmap;

/** The standard normal distribution's CDF and quantile, accurate to about 1e-7, for confidence bounds. */
final class StandardNormal {

    private StandardNormal() {
    }

    /** P(Z <= x). */
    static double cdf(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    /**
     * The z with P(Z <= z) = p, by bisection on {@link #cdf}.
     *
     * @throws IllegalArgumentException unless 0 < p < 1
     */
    static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be within (0, 1), got " + p);
        }
        double low = -40;
        double high = 40;
        for (int i = 0; i < 200 && high - low > 1e-12; i++) {
            double middle = (low + high) / 2;
            if (cdf(middle) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7).
    private static double erf(double x) {
        double sign = Math.signum(x);
        double a = Math.abs(x);
        double t = 1 / (1 + 0.3275911 * a);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1 - poly * Math.exp(-a * a));
    }
}
