package com.penguinmails.query.abtest;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Frequentist tests of whether variants' success proportions differ: the pooled two-proportion z-test for a pair and
 * Pearson's chi-square test of independence on the 2 x k table of successes and failures (without continuity
 * correction, so for two variants its p-value equals the z-test's). Both are two-sided.
 */
public final class ProportionTests {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ProportionTests() {
    }

    /**
     * The two-sided p-value of the pooled two-proportion z-test of {@code a} against {@code b}: 1 when there is no
     * evidence at all (a variant without trials, or no success or no failure in either), since no difference can be
     * shown then.
     */
    public static double twoProportionPValue(VariantOutcome a, VariantOutcome b) {
        if (a.trials() == 0 || b.trials() == 0) {
            return 1;
        }
        double pooled = (double) (a.successes() + b.successes()) / (a.trials() + b.trials());
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.trials() + 1.0 / b.trials()));
        if (standardError == 0) {
            return 1;
        }
        double z = (a.rate() - b.rate()) / standardError;
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * The p-value of Pearson's chi-square test on the variants' successes and failures (k - 1 degrees of freedom).
     * Variants without trials are left out; 1 when fewer than two variants remain or when the table has no success or
     * no failure at all (every expected count of a column would be 0).
     */
    public static double chiSquarePValue(List<VariantOutcome> outcomes) {
        List<VariantOutcome> tried = outcomes.stream().filter(outcome -> outcome.trials() > 0).toList();
        long successes = tried.stream().mapToLong(VariantOutcome::successes).sum();
        long failures = tried.stream().mapToLong(VariantOutcome::failures).sum();
        if (tried.size() < 2 || successes == 0 || failures == 0) {
            return 1;
        }
        long[][] table = new long[tried.size()][];
        for (int i = 0; i < tried.size(); i++) {
            table[i] = new long[] {tried.get(i).successes(), tried.get(i).failures()};
        }
        return new ChiSquareTest().chiSquareTest(table);
    }
}
