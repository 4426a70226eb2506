package com.penguinmails.query.health;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The current health of one scope (its newest snapshot in {@code sending_health}) with its trend over the range.
 *
 * @param scopeKind sending_domain, mailbox or sending_ip
 * @param scopeValue the domain, mailbox or IP
 * @param mailboxProvider the recipients' provider the counts are restricted to; "" for all
 * @param asOf the scope time of the snapshot: its windows end there
 * @param score 0..100 from the 24 h window when it has the volume, else the 7 d window; null without volume
 * @param status the worst level any judged rate reaches: healthy, warning, critical, insufficient_volume
 * @param pauseRecommended whether the stream job recommends pausing the scope
 * @param reasons every limit reached, e.g. bounce_rate_24h_critical
 * @param last24h the score's components over the 24 hours up to {@code asOf}
 * @param last7d the score's components over the 7 days up to {@code asOf}
 * @param scoreChange the current score minus the first score of the trend; null when either is null
 * @param trend the last snapshot of each bucket of the range that has one, oldest first
 */
public record ScopeHealth(
        @JsonProperty("scope_kind") String scopeKind,
        @JsonProperty("scope_value") String scopeValue,
        @JsonProperty("mailbox_provider") String mailboxProvider,
        @JsonProperty("as_of") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        @JsonProperty("score") Integer score,
        @JsonProperty("status") String status,
        @JsonProperty("pause_recommended") boolean pauseRecommended,
        @JsonProperty("reasons") List<String> reasons,
        @JsonProperty("last_24h") HealthWindow last24h,
        @JsonProperty("last_7d") HealthWindow last7d,
        @JsonProperty("score_change") Integer scoreChange,
        @JsonProperty("trend") List<HealthTrendPoint> trend) {

    public ScopeHealth {
        reasons = List.copyOf(reasons);
        trend = List.copyOf(trend);
    }

    /** This scope with its trend and the score change it implies. */
    public ScopeHealth withTrend(List<HealthTrendPoint> points) {
        Integer first = points.stream().map(HealthTrendPoint::score).filter(s -> s != null).findFirst().orElse(null);
        Integer change = first == null || score == null ? null : score - first;
        return new ScopeHealth(scopeKind, scopeValue, mailboxProvider, asOf, score, status, pauseRecommended, reasons,
                last24h, last7d, change, points);
    }
}
