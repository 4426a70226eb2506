package com.penguinmails.traffic;

import java.util.Arrays;

/**
 * The average probabilities of each outcome of one sent message, over all recipients.
 *
 * <p>Provider profiles, sending-domain reputation, A/B variants and contact propensity move the rate of a single message
 * up or down, but their multipliers are normalised so that, over many messages with the configured provider mix, the
 * observed rates land on these values. Bounce rates are per send of sequence step 1 (a follow-up goes to an address
 * that just accepted mail, so its hard-bounce rate is a tenth); engagement rates are per delivered message of step 1
 * (replies decay on later steps).
 *
 * @param hardBounce permanent failure: unknown user, unknown domain, disabled mailbox
 * @param block refusal for policy or reputation: blocklists, spam content, authentication, local policy
 * @param softBounce temporary failure that was given up on: mailbox full, rate limited, server unavailable
 * @param deferral delivered messages that were first deferred (4xx) one or more times
 * @param read delivered messages a person reads (visible as an open unless the client is Apple Mail with MPP)
 * @param click delivered messages whose reader clicks a link
 * @param reply delivered messages with a human reply
 * @param autoReply delivered messages answered by an out-of-office auto-reply
 * @param unsubscribe delivered messages whose recipient unsubscribes
 * @param complaint delivered messages reported as spam through a provider feedback loop
 * @param meetingBooked human replies that lead to a booked meeting
 * @param dealWon booked meetings that lead to a won deal
 * @param botVisit delivered messages whose tracking links are later fetched by a crawler or link previewer
 */
public record OutcomeRates(
        double hardBounce,
        double block,
        double softBounce,
        double deferral,
        double read,
        double click,
        double reply,
        double autoReply,
        double unsubscribe,
        double complaint,
        double meetingBooked,
        double dealWon,
        double botVisit) {

    /** Rates typical of B2B cold outreach with a reasonably clean list. */
    public static OutcomeRates defaults() {
        return new OutcomeRates(0.03, 0.015, 0.01, 0.06, 0.42, 0.035, 0.04, 0.05, 0.008, 0.0008, 0.3, 0.25, 0.01);
    }

    /**
     * @throws IllegalArgumentException if a rate is outside [0, 1], the bounce rates add up to more than 1, or a
     *     conditional event (click, reply, unsubscribe after reading) is more likely than reading
     */
    public OutcomeRates {
        double[] all = {hardBounce, block, softBounce, deferral, read, click, reply, autoReply, unsubscribe, complaint,
            meetingBooked, dealWon, botVisit};
        for (double rate : all) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("Rates must be within [0, 1]: " + Arrays.toString(all));
            }
        }
        if (hardBounce + block + softBounce > 1) {
            throw new IllegalArgumentException("Bounce rates add up to more than 1");
        }
        if (click > read || reply > read) {
            throw new IllegalArgumentException("Clicks and replies need a reader: click and reply must not exceed read");
        }
    }
}
