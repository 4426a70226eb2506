package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BestVariantProbabilityTest {

    @Test
    void matchesTheClosedFormForTwoVariants() {
        assertTwoVariantClosedForm(new VariantOutcome("A", 100, 10), new VariantOutcome("B", 100, 20), 0.9751730);
        assertTwoVariantClosedForm(new VariantOutcome("A", 1000, 120), new VariantOutcome("B", 1000, 150), 0.9750678);
        assertTwoVariantClosedForm(new VariantOutcome("A", 500, 0), new VariantOutcome("B", 500, 3), 0.9378744);
    }

    @Test
    void matchesTheClosedFormOnLargeCountsWithAPeakedPosterior() {
        VariantOutcome a = new VariantOutcome("A", 200_000, 9_000);
        VariantOutcome b = new VariantOutcome("B", 200_000, 9_150);

        double[] p = BestVariantProbability.of(List.of(a, b));

        assertThat(p[1]).isCloseTo(ClosedFormBestProbability.secondBeatsFirst(a, b), within(1e-4));
    }

    @Test
    void agreesWithASeededMonteCarloForThreeVariants() {
        List<VariantOutcome> outcomes = List.of(new VariantOutcome("A", 400, 30),
                new VariantOutcome("B", 420, 41), new VariantOutcome("C", 380, 38));

        double[] exact = BestVariantProbability.of(outcomes);
        double[] sampled = monteCarlo(outcomes, 400_000);

        for (int i = 0; i < exact.length; i++) {
            assertThat(exact[i]).isCloseTo(sampled[i], within(0.004));
        }
    }

    @Test
    void identicalVariantsShareTheProbabilityEqually() {
        double[] p = BestVariantProbability.of(List.of(new VariantOutcome("A", 300, 30),
                new VariantOutcome("B", 300, 30), new VariantOutcome("C", 300, 30)));

        assertThat(p).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
    }

    @Test
    void oneVariantIsBestForSureAndProbabilitiesSumToOne() {
        assertThat(BestVariantProbability.of(List.of(new VariantOutcome("A", 10, 1)))).containsExactly(1.0);
        double[] p = BestVariantProbability.of(List.of(new VariantOutcome("A", 0, 0),
                new VariantOutcome("B", 50, 50), new VariantOutcome("C", 50, 0)));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
        // A's uniform posterior beats B's Beta(51, 1) with probability E[1 - X_B] = 1/52; C almost never wins.
        assertThat(p[0]).isCloseTo(1 / 52.0, within(1e-3));
        assertThat(p[1]).isCloseTo(51 / 52.0, within(1e-3));
    }

    private static void assertTwoVariantClosedForm(VariantOutcome a, VariantOutcome b, double reference) {
        double[] p = BestVariantProbability.of(List.of(a, b));
        assertThat(ClosedFormBestProbability.secondBeatsFirst(a, b)).isCloseTo(reference, within(1e-6));
        assertThat(p[1]).isCloseTo(reference, within(1e-4));
        assertThat(p[0]).isCloseTo(1 - reference, within(1e-4));
    }

    private static double[] monteCarlo(List<VariantOutcome> outcomes, int draws) {
        Well19937c random = new Well19937c(20261126L);
        BetaDistribution[] posteriors = outcomes.stream()
                .map(o -> new BetaDistribution(random, 1 + o.successes(), 1 + o.failures()))
                .toArray(BetaDistribution[]::new);
        long[] wins = new long[outcomes.size()];
        for (int draw = 0; draw < draws; draw++) {
            int best = 0;
            double bestValue = -1;
            for (int i = 0; i < posteriors.length; i++) {
                double value = posteriors[i].sample();
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            wins[best]++;
        }
        double[] shares = new double[wins.length];
        for (int i = 0; i < wins.length; i++) {
            shares[i] = (double) wins[i] / draws;
        }
        return shares;
    }
}
