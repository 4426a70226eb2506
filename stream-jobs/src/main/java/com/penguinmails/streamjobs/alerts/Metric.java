package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.health.Counter;
import com.penguinmails.streamjobs.health.WindowCounts;
import java.util.Locale;

/**
 * What an alert rule measures over its window: a rate (numerator / denominator) or, for {@link #VOLUME_SENT}, a
 * count. The volume a rule's {@code min_volume} applies to is the denominator (sends for {@code volume_sent}).
 */
public enum Metric {
    /** Bounces of any type / sends. */
    BOUNCE_RATE(Counter.BOUNCED, Counter.SENT),
    /** Hard bounces / sends. */
    HARD_BOUNCE_RATE(Counter.HARD_BOUNCED, Counter.SENT),
    /** Blocks / sends. */
    BLOCK_RATE(Counter.BLOCKED, Counter.SENT),
    /** Spam complaints / deliveries (the Google/Yahoo definition). */
    COMPLAINT_RATE(Counter.COMPLAINTS, Counter.DELIVERED),
    /** Unsubscribes / deliveries. */
    UNSUBSCRIBE_RATE(Counter.UNSUBSCRIBES, Counter.DELIVERED),
    /** Deferrals / sends. */
    DEFERRAL_RATE(Counter.DEFERRED, Counter.SENT),
    /** Deliveries / sends. */
    DELIVERY_RATE(Counter.DELIVERED, Counter.SENT),
    /** Unique human opens / deliveries. */
    OPEN_RATE_HUMAN(Counter.HUMAN_OPENS, Counter.DELIVERED),
    /** Unique human clicks / deliveries. */
    CLICK_RATE_HUMAN(Counter.HUMAN_CLICKS, Counter.DELIVERED),
    /** Replies (not auto-replies) / deliveries. */
    REPLY_RATE(Counter.REPLIES, Counter.DELIVERED),
    /** Number of sends. */
    VOLUME_SENT(Counter.SENT, Counter.SENT);

    private final Counter numerator;
    private final Counter denominator;

    Metric(Counter numerator, Counter denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The metric's value over a window: the rate (0 without volume) or, for {@link #VOLUME_SENT}, the count. */
    public double valueOf(WindowCounts counts) {
        return this == VOLUME_SENT ? counts.get(Counter.SENT) : counts.rate(numerator, denominator);
    }

    /** The volume {@code min_volume} is compared with: the denominator's count. */
    public long volumeOf(WindowCounts counts) {
        return counts.get(denominator);
    }

    /** The name on the wire, e.g. {@code bounce_rate}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The metric with this wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Metric fromWireName(String name) {
        for (Metric metric : values()) {
            if (metric.wireName().equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("Unknown metric: " + name);
    }
}
