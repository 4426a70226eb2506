package com.penguinmails.traffic;

import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.smtp.BounceReason;
import com.penguinmails.traffic.smtp.SmtpReply;
import java.math.BigDecimal;

/**
 * An event scheduled for a future simulated instant, with everything needed to build it when its time comes.
 * Ordered by time, then by scheduling order, which keeps the output deterministic.
 */
final class Pending implements Comparable<Pending> {

    final long at;
    final long order;
    final EventType type;
    final Message message;
    TrafficLabel label = TrafficLabel.NOT_APPLICABLE;
    String ip;
    String userAgent;
    String url;
    Integer linkIndex;
    String httpMethod;
    /** For clicks: whether the link is the hidden honeypot link; null for opens. */
    Boolean honeypot;
    SmtpReply reply;
    BounceReason bounceReason;
    /** For deferred: how many more deferrals follow before the final outcome. */
    int deferralsLeft;
    /** For deferred: the final outcome, a bounce reason, or null when the message is finally delivered. */
    BounceReason finalBounce;
    boolean autoReply;
    String conversionType;
    BigDecimal conversionValue;

    Pending(long at, long order, EventType type, Message message) {
        this.at = at;
        this.order = order;
        this.type = type;
        this.message = message;
    }

    @Override
    public int compareTo(Pending other) {
        int byTime = Long.compare(at, other.at);
        return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
}
