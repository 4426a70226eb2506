package com.penguinmails.query.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Funnel rates over unique-message counts ({@link EventTotals#messages}), each a fraction (not a percentage) rounded
 * half-up to 4 decimals.
 *
 * <p>Delivery and bounce divide by messages sent; open, click, reply, unsubscribe and complaint divide by messages
 * delivered. A rate whose denominator is 0 is 0. Rates compare events that occurred in the same time range, so a
 * rate can exceed 1 (e.g. opens in the range of messages delivered before it); they are not capped.
 *
 * @param delivery distinct delivered / distinct sent
 * @param bounce distinct bounced / distinct sent
 * @param open distinct opened / distinct delivered
 * @param click distinct clicked / distinct delivered
 * @param reply distinct replied / distinct delivered
 * @param unsubscribe distinct unsubscribed / distinct delivered
 * @param complaint distinct complained / distinct delivered
 */
public record Rates(double delivery, double bounce, double open, double click, double reply, double unsubscribe,
        double complaint) {

    /** Decimal places kept in every rate. */
    public static final int SCALE = 4;

    /** Computes the rates from distinct-message totals. */
    public static Rates of(EventTotals totals) {
        long sent = totals.messages("send");
        long delivered = totals.messages("delivered");
        return new Rates(
                ratio(delivered, sent),
                ratio(totals.messages("bounce"), sent),
                ratio(totals.messages("open"), delivered),
                ratio(totals.messages("click"), delivered),
                ratio(totals.messages("reply"), delivered),
                ratio(totals.messages("unsubscribe"), delivered),
                ratio(totals.messages("complaint"), delivered));
    }

    /** Returns {@code part / whole} rounded half-up to {@link #SCALE} decimals, or 0 when {@code whole} is 0. */
    public static double ratio(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}
