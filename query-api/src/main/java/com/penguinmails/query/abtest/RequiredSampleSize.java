package com.penguinmails.query.abtest;

import java.util.OptionalLong;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many messages per variant a test needs to detect a given difference between two rates, by the standard
 * two-proportion formula (no continuity correction):
 *
 * <pre>n = (z(1 - alpha/2) * sqrt(2 * pbar * (1 - pbar)) + z(power) * sqrt(p1(1 - p1) + p2(1 - p2)))^2 / (p1 - p2)^2</pre>
 *
 * <p>with pbar = (p1 + p2) / 2, rounded up; alpha 0.05 two-sided and power 0.8 (e.g. 10 % vs 15 % needs 686).
 */
public final class RequiredSampleSize {

    /** The two-sided significance level. */
    public static final double ALPHA = 0.05;

    /** The probability of detecting a true difference of the given size. */
    public static final double POWER = 0.8;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z_ALPHA = STANDARD_NORMAL.inverseCumulativeProbability(1 - ALPHA / 2);
    private static final double Z_POWER = STANDARD_NORMAL.inverseCumulativeProbability(POWER);

    private RequiredSampleSize() {
    }

    /**
     * Messages per variant needed to tell {@code p1} from {@code p2}; empty when they are equal (no finite sample
     * detects a zero difference).
     *
     * @throws IllegalArgumentException when a rate is outside [0, 1]
     */
    public static OptionalLong perVariant(double p1, double p2) {
        if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1)) {
            throw new IllegalArgumentException("rates must be within [0, 1]; got " + p1 + " and " + p2);
        }
        if (p1 == p2) {
            return OptionalLong.empty();
        }
        double pooled = (p1 + p2) / 2;
        double numerator = Z_ALPHA * Math.sqrt(2 * pooled * (1 - pooled))
                + Z_POWER * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double difference = p1 - p2;
        return OptionalLong.of((long) Math.ceil(numerator * numerator / (difference * difference)));
    }
}
