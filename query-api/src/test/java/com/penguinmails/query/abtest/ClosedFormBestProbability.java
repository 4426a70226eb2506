package com.penguinmails.query.abtest;

import org.apache.commons.math3.special.Beta;

/**
 * Evan Miller's closed form of P(p_b > p_a) for two variants with Beta(1 + successes, 1 + failures) posteriors: an
 * exact sum, independent of the numerical integration it checks.
 */
public final class ClosedFormBestProbability {

    private ClosedFormBestProbability() {
    }

    /** P(b's true rate > a's) given their outcomes. */
    public static double secondBeatsFirst(VariantOutcome a, VariantOutcome b) {
        double alphaA = 1 + a.successes();
        double betaA = 1 + a.failures();
        double alphaB = 1 + b.successes();
        double betaB = 1 + b.failures();
        double total = 0;
        for (int i = 0; i < alphaB; i++) {
            total += Math.exp(Beta.logBeta(alphaA + i, betaA + betaB) - Math.log(betaB + i)
                    - Beta.logBeta(1 + i, betaB) - Beta.logBeta(alphaA, betaA));
        }
        return total;
    }
}
