package com.penguinmails.query.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.request.Audience;
import java.time.Instant;

/**
 * One campaign's activity in one series bucket (counts as in {@link CampaignKpis}).
 *
 * @param start the bucket's start (local midnight for days, in UTC on the wire)
 * @param sends messages sent
 * @param delivered deliveries
 * @param bounces bounces of every type
 * @param opens opens as the audience counts them
 * @param clicks clicks as the audience counts them
 * @param replies replies that are not auto-replies
 * @param unsubscribes unsubscribes
 * @param complaints spam complaints
 */
public record SeriesPoint(
        @JsonProperty("start") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
        @JsonProperty("sends") long sends,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("bounces") long bounces,
        @JsonProperty("opens") long opens,
        @JsonProperty("clicks") long clicks,
        @JsonProperty("replies") long replies,
        @JsonProperty("unsubscribes") long unsubscribes,
        @JsonProperty("complaints") long complaints) {

    /** The point of {@code counters} as {@code audience} counts them. */
    static SeriesPoint of(Instant start, CampaignCounters counters, Audience audience) {
        return new SeriesPoint(start, counters.sent(), counters.delivered(), counters.bounced(),
                counters.opens(audience), counters.clicks(audience), counters.replies(), counters.unsubscribes(),
                counters.complaints());
    }
}
