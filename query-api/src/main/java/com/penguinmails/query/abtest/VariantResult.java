package com.penguinmails.query.abtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.heatmap.WilsonInterval;

/**
 * One variant's row of an A/B answer: its activity and its statistics on the judged metric.
 *
 * @param variant the variant's name
 * @param sends messages sent as the variant: the trials
 * @param delivered deliveries
 * @param opens opens as the audience counts them
 * @param clicks clicks as the audience counts them
 * @param replies replies that are not auto-replies
 * @param conversions last-touch attributed conversions; null when the filters make them unknowable
 * @param successes messages that succeeded on the metric, capped at sends (see CAMPAIGNS.md)
 * @param rate successes / sends
 * @param interval the 95 % Wilson score interval of the rate; null without sends
 * @param probabilityBest the Bayesian probability that this variant is best
 * @param pValueVersusLeader the two-sided z-test p-value against the leader; null for the leader
 */
public record VariantResult(
        @JsonProperty("variant") String variant,
        @JsonProperty("sends") long sends,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("opens") long opens,
        @JsonProperty("clicks") long clicks,
        @JsonProperty("replies") long replies,
        @JsonProperty("conversions") Long conversions,
        @JsonProperty("successes") long successes,
        @JsonProperty("rate") double rate,
        @JsonProperty("interval") WilsonInterval interval,
        @JsonProperty("probability_best") double probabilityBest,
        @JsonProperty("p_value_vs_leader") Double pValueVersusLeader) {
}
