package com.penguinmails.query.heatmap;

import java.util.Comparator;
import java.util.List;

/**
 * Picks the best hours to send from an engagement heatmap: the slots whose rate (human events of a metric per message
 * sent in the slot) has the highest Wilson lower bound, among slots with enough sends to judge.
 *
 * <p>Ranking by the lower bound rather than the raw rate keeps a slot with 3 opens out of 3 sends from beating one
 * with 300 out of 1,000: a small sample has a wide interval and so a low lower bound. The heatmap counts each event in
 * the slot it happened in (see DELIVERABILITY.md), so a slot can hold more events than sends; the binomial model then
 * caps events at sends. Pure logic: no I/O, thread-safe.
 */
public final class SendTimeAdvisor {

    private final long minimumSends;
    private final int maxSlots;
    private final double confidenceLevel;
    private final double z;

    /**
     * @param minimumSends the fewest sends a slot needs to be recommended (at least 1)
     * @param maxSlots how many slots to recommend at most (at least 1)
     * @param confidenceLevel the two-sided level of the Wilson intervals, within (0, 1), e.g. 0.95
     * @throws IllegalArgumentException on a value outside those ranges
     */
    public SendTimeAdvisor(long minimumSends, int maxSlots, double confidenceLevel) {
        if (minimumSends < 1 || maxSlots < 1 || !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("Need minimumSends >= 1, maxSlots >= 1 and 0 < confidenceLevel < 1; got "
                    + minimumSends + ", " + maxSlots + ", " + confidenceLevel);
        }
        this.minimumSends = minimumSends;
        this.maxSlots = maxSlots;
        this.confidenceLevel = confidenceLevel;
        this.z = StandardNormal.quantile(1 - (1 - confidenceLevel) / 2);
    }

    /** The best slots of {@code heatmap} for {@code metric}. */
    public SendTimeRecommendation recommend(Heatmap heatmap, HeatmapMetric metric) {
        long totalSends = heatmap.totalSends();
        double average = totalSends == 0 ? 0 : (double) Math.min(heatmap.total(metric), totalSends) / totalSends;
        List<SlotRecommendation> eligible = heatmap.cells().stream()
                .filter(cell -> cell.sends() >= minimumSends)
                .map(cell -> evaluate(cell, metric, average))
                .toList();
        List<SlotRecommendation> best = eligible.stream()
                .sorted(Comparator.comparingDouble(SlotRecommendation::lowerBound).reversed()
                        .thenComparing(Comparator.comparingDouble(SlotRecommendation::rate).reversed())
                        .thenComparingInt(SlotRecommendation::dayOfWeek)
                        .thenComparingInt(SlotRecommendation::hour))
                .limit(maxSlots)
                .toList();
        return new SendTimeRecommendation(metric.wireName(), average, minimumSends, confidenceLevel, eligible.size(),
                best);
    }

    private SlotRecommendation evaluate(HeatmapCell cell, HeatmapMetric metric, double average) {
        long sends = cell.sends();
        long events = Math.min(metric.count(cell), sends);
        double rate = (double) events / sends;
        WilsonInterval interval = WilsonInterval.of(events, sends, z);
        Double lift = average == 0 ? null : rate / average - 1;
        return new SlotRecommendation(cell.dayOfWeek(), cell.hour(), sends, events, rate, interval.lower(),
                interval.upper(), lift, confidenceAboveAverage(rate, average, sends));
    }

    /** P(true rate > average) under a normal approximation with the average's standard error for {@code sends}. */
    private static double confidenceAboveAverage(double rate, double average, long sends) {
        double standardError = Math.sqrt(average * (1 - average) / sends);
        if (standardError == 0) {
            return rate > average ? 1 : 0;
        }
        return StandardNormal.cdf((rate - average) / standardError);
    }
}
