package com.penguinmails.query.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.overview.Rates;
import com.penguinmails.query.request.Audience;
import java.time.Instant;

/**
 * The key figures of one campaign in a range. Rates are fractions rounded half-up to 4 decimals, 0 when the
 * denominator is 0: bounce rate over sends; open, click, reply, unsubscribe and complaint rates over deliveries.
 * Counts are of events in the range where they occurred (like the deliverability report), so over a short range a
 * rate can exceed 1 (opens today of messages delivered before the range).
 *
 * @param campaignId the campaign ({@code ""} for messages sent without one)
 * @param sends messages sent
 * @param delivered deliveries
 * @param bounces bounces of every type
 * @param bounceRate bounces / sends
 * @param opens opens as the audience counts them (all: every open event; human: messages with a human open)
 * @param openRate opens / delivered
 * @param clicks clicks as the audience counts them (all: every click event; human: messages with a human click)
 * @param clickRate clicks / delivered
 * @param replies replies that are not auto-replies
 * @param replyRate replies / delivered
 * @param unsubscribes unsubscribes
 * @param unsubscribeRate unsubscribes / delivered
 * @param complaints spam complaints
 * @param complaintRate complaints / delivered
 * @param conversions last-touch attributed conversions; null when a filter (workspace, sending domain, mailbox,
 *     provider) makes them unknowable
 * @param firstSend start of the earliest table bucket with a send in the range (bucket precision); null without sends
 * @param lastSend start of the latest table bucket with a send in the range; null without sends
 */
public record CampaignKpis(
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("sends") long sends,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("bounces") long bounces,
        @JsonProperty("bounce_rate") double bounceRate,
        @JsonProperty("opens") long opens,
        @JsonProperty("open_rate") double openRate,
        @JsonProperty("clicks") long clicks,
        @JsonProperty("click_rate") double clickRate,
        @JsonProperty("replies") long replies,
        @JsonProperty("reply_rate") double replyRate,
        @JsonProperty("unsubscribes") long unsubscribes,
        @JsonProperty("unsubscribe_rate") double unsubscribeRate,
        @JsonProperty("complaints") long complaints,
        @JsonProperty("complaint_rate") double complaintRate,
        @JsonProperty("conversions") Long conversions,
        @JsonProperty("first_send") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firstSend,
        @JsonProperty("last_send") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastSend) {

    /** The CSV column names, in {@link #csvCells} order. */
    static final String[] CSV_HEADER = {"campaign_id", "sends", "delivered", "bounces", "bounce_rate", "opens",
        "open_rate", "clicks", "click_rate", "replies", "reply_rate", "unsubscribes", "unsubscribe_rate", "complaints",
        "complaint_rate", "conversions", "first_send", "last_send"};

    /** The figures of {@code counters} as {@code audience} counts them. */
    public static CampaignKpis of(String campaignId, CampaignCounters counters, Audience audience, Long conversions,
            Instant firstSend, Instant lastSend) {
        long delivered = counters.delivered();
        long opens = counters.opens(audience);
        long clicks = counters.clicks(audience);
        return new CampaignKpis(campaignId, counters.sent(), delivered,
                counters.bounced(), Rates.ratio(counters.bounced(), counters.sent()),
                opens, Rates.ratio(opens, delivered),
                clicks, Rates.ratio(clicks, delivered),
                counters.replies(), Rates.ratio(counters.replies(), delivered),
                counters.unsubscribes(), Rates.ratio(counters.unsubscribes(), delivered),
                counters.complaints(), Rates.ratio(counters.complaints(), delivered),
                conversions, firstSend, lastSend);
    }

    /** This row's cells, in {@link #CSV_HEADER} order. */
    Object[] csvCells() {
        return new Object[] {campaignId, sends, delivered, bounces, bounceRate, opens, openRate, clicks, clickRate,
            replies, replyRate, unsubscribes, unsubscribeRate, complaints, complaintRate, conversions,
            firstSend == null ? null : firstSend.toString(), lastSend == null ? null : lastSend.toString()};
    }
}
