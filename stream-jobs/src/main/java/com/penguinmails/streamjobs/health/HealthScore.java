package com.penguinmails.streamjobs.health;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a sending scope (domain, mailbox or IP) from its 24-hour and 7-day counts: score, status and whether to
 * pause it. Pure function of its inputs; HEALTH.md documents the formulas.
 *
 * <p>Rates: bounce = bounced / sent, block = blocked / sent, complaint = complaints / delivered. A window is judged
 * only with at least {@code minVolume} sends (deliveries for the complaint rate). The score uses the 24-hour window
 * when it has the volume, else the 7-day one: {@code 100 - 40 min(1, bounce/bouncePause)
 * - 40 min(1, complaint/complaintCritical) - 20 min(1, block/blockPause)}, rounded. The status is the worst level
 * any judged rate reaches in either window. A pause is recommended when a 24-hour rate reaches its critical level
 * or the 7-day complaint rate does.
 */
public final class HealthScore {

    private final HealthThresholds thresholds;

    /** @param thresholds the limits to judge against */
    public HealthScore(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The bounce rate of a window: bounced / sent, 0 without sends. */
    public static double bounceRate(WindowCounts counts) {
        return counts.rate(Counter.BOUNCED, Counter.SENT);
    }

    /** The block rate of a window: blocked / sent, 0 without sends. */
    public static double blockRate(WindowCounts counts) {
        return counts.rate(Counter.BLOCKED, Counter.SENT);
    }

    /** The complaint (spam) rate of a window: complaints / delivered, 0 without deliveries. */
    public static double complaintRate(WindowCounts counts) {
        return counts.rate(Counter.COMPLAINTS, Counter.DELIVERED);
    }

    /** Judges a scope from its last 24 hours and 7 days. */
    public HealthAssessment assess(WindowCounts day, WindowCounts week) {
        List<String> reasons = new ArrayList<>();
        HealthStatus dayStatus = judge(day, "24h", reasons);
        HealthStatus weekStatus = judge(week, "7d", reasons);
        boolean pause = dayStatus == HealthStatus.CRITICAL || reasons.contains("complaint_rate_7d_critical");
        HealthStatus status = worst(dayStatus, weekStatus);
        Integer score = null;
        if (day.get(Counter.SENT) >= thresholds.getMinVolume()) {
            score = score(day);
        } else if (week.get(Counter.SENT) >= thresholds.getMinVolume()) {
            score = score(week);
        }
        return new HealthAssessment(score, status, pause, reasons);
    }

    private HealthStatus judge(WindowCounts counts, String window, List<String> reasons) {
        boolean sends = counts.get(Counter.SENT) >= thresholds.getMinVolume();
        boolean deliveries = counts.get(Counter.DELIVERED) >= thresholds.getMinVolume();
        if (!sends && !deliveries) {
            return HealthStatus.INSUFFICIENT_VOLUME;
        }
        HealthStatus status = HealthStatus.HEALTHY;
        if (sends) {
            status = worst(status, level("bounce_rate_" + window, bounceRate(counts) > thresholds.getBouncePause(),
                    bounceRate(counts) > thresholds.getBounceWarning(), reasons));
            status = worst(status, level("block_rate_" + window, blockRate(counts) > thresholds.getBlockPause(),
                    blockRate(counts) > thresholds.getBlockWarning(), reasons));
        }
        if (deliveries) {
            double complaints = complaintRate(counts);
            status = worst(status, level("complaint_rate_" + window, complaints >= thresholds.getComplaintCritical(),
                    complaints >= thresholds.getComplaintWarning(), reasons));
        }
        return status;
    }

    private static HealthStatus level(String metric, boolean critical, boolean warning, List<String> reasons) {
        if (critical) {
            reasons.add(metric + "_critical");
            return HealthStatus.CRITICAL;
        }
        if (warning) {
            reasons.add(metric + "_warning");
            return HealthStatus.WARNING;
        }
        return HealthStatus.HEALTHY;
    }

    private int score(WindowCounts counts) {
        double penalty = 40 * Math.min(1, bounceRate(counts) / thresholds.getBouncePause())
                + 40 * Math.min(1, complaintRate(counts) / thresholds.getComplaintCritical())
                + 20 * Math.min(1, blockRate(counts) / thresholds.getBlockPause());
        return (int) Math.round(Math.max(0, 100 - penalty));
    }

    private static HealthStatus worst(HealthStatus a, HealthStatus b) {
        return severity(a) >= severity(b) ? a : b;
    }

    private static int severity(HealthStatus status) {
        return switch (status) {
            case INSUFFICIENT_VOLUME -> 0;
            case HEALTHY -> 1;
            case WARNING -> 2;
            case CRITICAL -> 3;
        };
    }
}
