package com.penguinmails.streamjobs.health;

import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;

/**
 * Which {@link Counter}s an enriched event adds one to, as a bit mask ({@link Counter#bit()}).
 *
 * <p>Opens count only when they are the message's first human open ({@code enrichment.first_of_message}, which the
 * enrichment stage sets only for human or image-proxy opens); clicks likewise, and only when classed human. Events
 * that count nothing (conversions, machine opens, repeat opens) give 0.
 */
public final class EventCounters {

    private EventCounters() {
    }

    /** The counters {@code event} adds one to; 0 when none. */
    public static int of(Event event) {
        Enrichment enrichment = event.getEnrichment();
        return switch (event.getType()) {
            case send -> Counter.SENT.bit();
            case delivered -> Counter.DELIVERED.bit();
            case deferred -> Counter.DEFERRED.bit();
            case bounce -> bounce(event);
            case complaint -> Counter.COMPLAINTS.bit();
            case unsubscribe -> Counter.UNSUBSCRIBES.bit();
            case reply -> event.getReply() != null && event.getReply().getIsAutoReply() ? 0 : Counter.REPLIES.bit();
            case open -> firstOfMessage(enrichment) && isHumanOpen(enrichment.getEngagementClass())
                    ? Counter.HUMAN_OPENS.bit() : 0;
            case click -> firstOfMessage(enrichment) && enrichment.getEngagementClass() == EngagementClass.human
                    ? Counter.HUMAN_CLICKS.bit() : 0;
            default -> 0;
        };
    }

    private static int bounce(Event event) {
        BounceType type = event.getBounce() == null ? BounceType.undetermined : event.getBounce().getBounceType();
        return switch (type) {
            case hard -> Counter.BOUNCED.bit() | Counter.HARD_BOUNCED.bit();
            case block -> Counter.BOUNCED.bit() | Counter.BLOCKED.bit();
            default -> Counter.BOUNCED.bit();
        };
    }

    private static boolean firstOfMessage(Enrichment enrichment) {
        return enrichment != null && enrichment.getFirstOfMessage();
    }

    private static boolean isHumanOpen(EngagementClass engagementClass) {
        return engagementClass == EngagementClass.human || engagementClass == EngagementClass.image_proxy;
    }
}
