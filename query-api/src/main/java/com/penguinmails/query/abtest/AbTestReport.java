package com.penguinmails.query.abtest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/campaigns/{campaign_id}/ab}: per variant (those with sends in the range,
 * by name) the activity and the statistics of the judged metric, and the test's verdict. In CSV, the variant table.
 *
 * @param campaignId the campaign
 * @param from the range's inclusive start
 * @param to the range's exclusive end
 * @param metric the judged metric
 * @param audience how opens and clicks per variant are counted
 * @param resolution the deliverability table that answered
 * @param verdict winner, promising, inconclusive or insufficient_data
 * @param leader the variant most probably best; null without variants
 * @param runnerUp the best of the rest by rate; null with fewer than two variants
 * @param pValue the chi-square test's p-value over all variants
 * @param requiredSampleSize sends per variant needed to detect the leader's lead over the runner-up (alpha 0.05
 *     two-sided, power 0.8); null when their rates are equal or there is no runner-up
 * @param minimumSends the sends every variant needs before a verdict other than insufficient_data
 * @param variants the variants
 */
public record AbTestReport(
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("metric") String metric,
        @JsonProperty("audience") String audience,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("verdict") String verdict,
        @JsonProperty("leader") String leader,
        @JsonProperty("runner_up") String runnerUp,
        @JsonProperty("p_value") double pValue,
        @JsonProperty("required_sample_size_per_variant") Long requiredSampleSize,
        @JsonProperty("minimum_sends_per_variant") long minimumSends,
        @JsonProperty("variants") List<VariantResult> variants) implements CsvExportable {

    /**
     * Analyses the variants of {@code request}'s campaign. Variants without sends in the range are left out: they
     * were not tested in it. A variant's successes are capped at its sends, since replies or conversions in the
     * range can belong to messages sent before it.
     */
    public static AbTestReport of(AbTestRequest request, List<VariantActivity> activities) {
        List<VariantActivity> tested = activities.stream()
                .filter(activity -> activity.counters().sent() > 0)
                .sorted(Comparator.comparing(VariantActivity::variant))
                .toList();
        List<VariantOutcome> outcomes = tested.stream().map(activity -> {
            long sends = activity.counters().sent();
            long conversions = activity.conversions() == null ? 0 : activity.conversions();
            long successes = Math.min(sends, request.metric().successes(activity.counters(), conversions));
            return new VariantOutcome(activity.variant(), sends, successes);
        }).toList();
        AbTestAnalysis analysis = AbTestAnalysis.of(outcomes);
        List<VariantResult> variants = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            VariantActivity activity = tested.get(i);
            VariantAnalysis stats = analysis.variants().get(i);
            variants.add(new VariantResult(activity.variant(), activity.counters().sent(),
                    activity.counters().delivered(), activity.counters().opens(request.audience()),
                    activity.counters().clicks(request.audience()), activity.counters().replies(),
                    activity.conversions(), stats.successes(), stats.rate(), stats.interval(),
                    stats.probabilityBest(), stats.pValueVersusLeader()));
        }
        return new AbTestReport(request.campaignId(), request.range().from(), request.range().to(),
                request.metric().wireName(), request.audience().wireName(), request.resolution().wireName(),
                analysis.verdict().wireName(), analysis.leader(), analysis.runnerUp(), analysis.chiSquarePValue(),
                analysis.requiredSampleSize().isPresent() ? analysis.requiredSampleSize().getAsLong() : null,
                AbTestAnalysis.MINIMUM_TRIALS, variants);
    }

    @Override
    public CsvTable csvTable() {
        List<String> header = List.of("variant", "sends", "delivered", "opens", "clicks", "replies", "conversions",
                "metric", "successes", "rate", "rate_lower_95", "rate_upper_95", "probability_best",
                "p_value_vs_leader", "verdict");
        List<List<Object>> rows = variants.stream().map(v -> CsvTable.row(v.variant(), v.sends(), v.delivered(),
                v.opens(), v.clicks(), v.replies(), v.conversions(), metric, v.successes(), v.rate(),
                v.interval() == null ? null : v.interval().lower(), v.interval() == null ? null : v.interval().upper(),
                v.probabilityBest(), v.pValueVersusLeader(), verdict)).toList();
        return new CsvTable("ab-test", header, rows);
    }
}
