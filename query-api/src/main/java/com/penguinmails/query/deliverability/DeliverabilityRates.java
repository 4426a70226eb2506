package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Deliverability rates of one group, fractions rounded half-up to 4 decimals; 0 when the denominator is 0.
 *
 * <p>Delivery and bounce rates divide by messages sent; complaint, unsubscribe, open, click and reply rates by
 * messages delivered (what a provider's complaint thresholds use). The counters are per event time bucket, so a rate
 * over a short range can exceed 1 (opens in the range of messages delivered before it).
 *
 * @param delivery delivered / sent
 * @param bounce all bounces / sent
 * @param hardBounce hard bounces / sent
 * @param block policy or reputation blocks / sent
 * @param complaint complaints / delivered
 * @param unsubscribe unsubscribes / delivered
 * @param uniqueHumanOpen opens_unique / delivered
 * @param uniqueHumanClick clicks_unique / delivered
 * @param humanReply replies_human / delivered
 */
public record DeliverabilityRates(
        @JsonProperty("delivery") double delivery,
        @JsonProperty("bounce") double bounce,
        @JsonProperty("hard_bounce") double hardBounce,
        @JsonProperty("block") double block,
        @JsonProperty("complaint") double complaint,
        @JsonProperty("unsubscribe") double unsubscribe,
        @JsonProperty("unique_human_open") double uniqueHumanOpen,
        @JsonProperty("unique_human_click") double uniqueHumanClick,
        @JsonProperty("human_reply") double humanReply) {

    private static final int SCALE = 4;

    /** The rates of a group's counters. */
    public static DeliverabilityRates of(DeliverabilityCounters counters) {
        long sent = counters.sent();
        long delivered = counters.delivered();
        return new DeliverabilityRates(
                ratio(delivered, sent),
                ratio(counters.bounced(), sent),
                ratio(counters.bouncedHard(), sent),
                ratio(counters.bouncedBlock(), sent),
                ratio(counters.complaints(), delivered),
                ratio(counters.unsubscribes(), delivered),
                ratio(counters.opensUnique(), delivered),
                ratio(counters.clicksUnique(), delivered),
                ratio(counters.repliesHuman(), delivered));
    }

    static double ratio(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}
