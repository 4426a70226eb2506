package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The state and trend of one check of a workspace: the latest status and since when it holds, whether an alert is
 * open, and the share of passing runs over the last 7 and 30 days (ok / (ok + warning + failing); unknown runs are
 * left out; null without judged runs). For certificates, the days left now and a week ago: a drop of about 7 means no
 * renewal happened, a rise means the certificate was renewed.
 */
public record HealthTrend(
        @JsonProperty("check") CheckKind kind,
        @JsonProperty("target") String target,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("status_since") Instant statusSince,
        @JsonProperty("last_checked_at") Instant lastCheckedAt,
        @JsonProperty("detail") String detail,
        @JsonProperty("alert_open_since") Instant alertOpenSince,
        @JsonProperty("pass_rate_7d") BigDecimal passRate7d,
        @JsonProperty("runs_7d") long runs7d,
        @JsonProperty("pass_rate_30d") BigDecimal passRate30d,
        @JsonProperty("runs_30d") long runs30d,
        @JsonProperty("days_left") Long daysLeft,
        @JsonProperty("days_left_7d_ago") Long daysLeftWeekAgo) {

    /** Builds a trend from stored counts; {@code status} null before the first run (reported as null). */
    static HealthTrend of(CheckKind kind, String target, String status, Instant statusSince, Instant lastCheckedAt,
            String detail, Instant alertOpenSince, Long daysLeft, Long daysLeftWeekAgo, long passed7d, long judged7d,
            long passed30d, long judged30d) {
        return new HealthTrend(kind, target, status == null ? null : CheckStatus.fromWire(status), statusSince,
                lastCheckedAt, detail, alertOpenSince, rate(passed7d, judged7d), judged7d, rate(passed30d, judged30d),
                judged30d, kind == CheckKind.TLS_CERTIFICATE ? daysLeft : null,
                kind == CheckKind.TLS_CERTIFICATE ? daysLeftWeekAgo : null);
    }

    /** {@code passed / judged} to 4 decimals, null when nothing was judged. */
    static BigDecimal rate(long passed, long judged) {
        return judged == 0 ? null : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(judged), 4,
                RoundingMode.HALF_EVEN);
    }
}
