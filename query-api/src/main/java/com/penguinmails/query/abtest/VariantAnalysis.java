package com.penguinmails.query.abtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.heatmap.WilsonInterval;

/**
 * One variant's figures in an A/B test.
 *
 * @param variant the variant's name
 * @param trials messages sent as the variant
 * @param successes messages that succeeded on the judged metric
 * @param rate successes / trials (0 without trials)
 * @param interval the 95 % Wilson score interval of the rate; null without trials
 * @param probabilityBest the Bayesian probability (Beta(1, 1) prior) that this variant's true rate is the highest
 * @param pValueVersusLeader the two-sided two-proportion z-test p-value against the leader; null for the leader itself
 */
public record VariantAnalysis(
        @JsonProperty("variant") String variant,
        @JsonProperty("trials") long trials,
        @JsonProperty("successes") long successes,
        @JsonProperty("rate") double rate,
        @JsonProperty("interval") WilsonInterval interval,
        @JsonProperty("probability_best") double probabilityBest,
        @JsonProperty("p_value_vs_leader") Double pValueVersusLeader) {
}
