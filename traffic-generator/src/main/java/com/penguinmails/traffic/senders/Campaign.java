package com.penguinmails.traffic.senders;

import java.util.List;

/**
 * One outreach campaign of a tenant: an A/B test over a sequence of 1 to 4 steps with the same tracked links.
 *
 * <p>A campaign with a better variant really is better: that variant's subject is read more and its body replied to
 * more, by {@code 1 + lift} against {@code 1 - lift} for the other, so the average over both stays at the base rate.
 *
 * @param id e.g. {@code c-acme-02}
 * @param steps how many messages the sequence sends at most, 1 to 4
 * @param betterVariant index into {@link #VARIANTS} of the better variant, or -1 when both perform the same
 * @param links the tracked URLs in each message, in link-index order (at least one)
 */
public record Campaign(String id, int steps, int betterVariant, List<String> links) {

    /** The variant labels; messages are split evenly between them. */
    public static final List<String> VARIANTS = List.of("A", "B");

    private static final double READ_LIFT = 0.15;
    private static final double REPLY_LIFT = 0.3;

    /**
     * The hidden honeypot link of every message of this campaign (link index {@code links().size()}): no person can
     * see it, so only machines that follow every link of the HTML (security gateways) click it.
     */
    public String honeypotLink() {
        String first = links.get(0);
        int path = first.indexOf('/', first.indexOf("//") + 2);
        return (path < 0 ? first : first.substring(0, path)) + "/l/hidden?utm_campaign=" + id;
    }

    /** How much more or less the subject of {@code variant} gets read than average. */
    public double readMultiplier(int variant) {
        return multiplier(variant, READ_LIFT);
    }

    /** How much more or less the body of {@code variant} gets replied to than average. */
    public double replyMultiplier(int variant) {
        return multiplier(variant, REPLY_LIFT);
    }

    private double multiplier(int variant, double lift) {
        if (betterVariant < 0) {
            return 1.0;
        }
        return variant == betterVariant ? 1 + lift : 1 - lift;
    }
}
