package com.penguinmails.query.abtest;

import com.penguinmails.query.heatmap.WilsonInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The statistics of one A/B test on one metric: per variant the rate with its Wilson interval, the probability of
 * being best and the z-test against the leader; overall the chi-square p-value, the sample size per variant the
 * observed lead would need, and the {@link Verdict}.
 *
 * <p>The leader is the variant most probably best (ties: higher rate, then the earlier variant); the runner-up the
 * best of the rest by rate. The required sample size is for the difference between their observed rates.
 *
 * @param variants every variant, in the given order
 * @param leader the leader's name; null when there is no variant
 * @param runnerUp the runner-up's name; null with fewer than two variants
 * @param chiSquarePValue the p-value of the chi-square test on the 2 x k table (1 without evidence)
 * @param requiredSampleSize messages per variant to detect the leader's observed lead over the runner-up at alpha
 *     0.05 (two-sided) and power 0.8; empty when their rates are equal or there is no runner-up
 * @param verdict what the test shows
 */
public record AbTestAnalysis(List<VariantAnalysis> variants, String leader, String runnerUp, double chiSquarePValue,
        OptionalLong requiredSampleSize, Verdict verdict) {

    /** The fewest sends a variant needs before any verdict other than insufficient data. */
    public static final long MINIMUM_TRIALS = 100;

    /** The p-value below which a difference counts as significant. */
    public static final double SIGNIFICANCE = 0.05;

    /** The p-value below which a difference counts as promising. */
    public static final double PROMISING_SIGNIFICANCE = 0.10;

    /** The probability of being best a winner needs. */
    public static final double WINNER_PROBABILITY = 0.95;

    /** The probability of being best that makes a leader promising. */
    public static final double PROMISING_PROBABILITY = 0.90;

    private static final double Z_95 = 1.959963984540054;

    public AbTestAnalysis {
        variants = List.copyOf(variants);
    }

    /** Analyses the outcomes of one test; variant names must be distinct. */
    public static AbTestAnalysis of(List<VariantOutcome> outcomes) {
        if (outcomes.stream().map(VariantOutcome::variant).distinct().count() != outcomes.size()) {
            throw new IllegalArgumentException("variant names must be distinct");
        }
        double[] probabilityBest = BestVariantProbability.of(outcomes);
        Integer leaderIndex = null;
        for (int i = 0; i < outcomes.size(); i++) {
            if (leaderIndex == null || probabilityBest[i] > probabilityBest[leaderIndex]
                    || probabilityBest[i] == probabilityBest[leaderIndex]
                            && outcomes.get(i).rate() > outcomes.get(leaderIndex).rate()) {
                leaderIndex = i;
            }
        }
        VariantOutcome leader = leaderIndex == null ? null : outcomes.get(leaderIndex);
        VariantOutcome runnerUp = outcomes.stream()
                .filter(outcome -> outcome != leader)
                .max(Comparator.comparingDouble(VariantOutcome::rate))
                .orElse(null);

        List<VariantAnalysis> variants = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            VariantOutcome outcome = outcomes.get(i);
            WilsonInterval interval = outcome.trials() == 0 ? null
                    : WilsonInterval.of(outcome.successes(), outcome.trials(), Z_95);
            Double versusLeader = outcome == leader ? null : ProportionTests.twoProportionPValue(outcome, leader);
            variants.add(new VariantAnalysis(outcome.variant(), outcome.trials(), outcome.successes(), outcome.rate(),
                    interval, probabilityBest[i], versusLeader));
        }
        double pValue = ProportionTests.chiSquarePValue(outcomes);
        OptionalLong sampleSize = runnerUp == null ? OptionalLong.empty()
                : RequiredSampleSize.perVariant(leader.rate(), runnerUp.rate());
        Verdict verdict = verdict(outcomes, leaderIndex == null ? 0 : probabilityBest[leaderIndex], pValue);
        return new AbTestAnalysis(variants, leader == null ? null : leader.variant(),
                runnerUp == null ? null : runnerUp.variant(), pValue, sampleSize, verdict);
    }

    private static Verdict verdict(List<VariantOutcome> outcomes, double leaderProbability, double pValue) {
        if (outcomes.size() < 2 || outcomes.stream().anyMatch(outcome -> outcome.trials() < MINIMUM_TRIALS)) {
            return Verdict.INSUFFICIENT_DATA;
        }
        if (pValue < SIGNIFICANCE && leaderProbability >= WINNER_PROBABILITY) {
            return Verdict.WINNER;
        }
        if (leaderProbability >= PROMISING_PROBABILITY || pValue < PROMISING_SIGNIFICANCE) {
            return Verdict.PROMISING;
        }
        return Verdict.INCONCLUSIVE;
    }
}
