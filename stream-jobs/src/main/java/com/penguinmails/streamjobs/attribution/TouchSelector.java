package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which events are touches: human opens (engagement class human or image_proxy), human clicks (class
 * human) and replies that are not auto-replies, each only when its kind is configured to count.
 *
 * <p>Opens and clicks without an enrichment (not classified) never count: machine opens must not take credit.
 */
public final class TouchSelector implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<TouchKind> counted;

    /** @param counted the kinds that count */
    public TouchSelector(Set<TouchKind> counted) {
        this.counted = Set.copyOf(counted);
    }

    /** The touch {@code event} is, or empty when it is not one that counts. */
    public Optional<Touch> touchOf(Event event) {
        TouchKind kind = kindOf(event);
        if (kind == null || !counted.contains(kind)) {
            return Optional.empty();
        }
        Integer step = event.getSequenceStep();
        return Optional.of(new Touch(event.getEventId(), event.getOccurredAt().toEpochMilli(), kind,
                event.getCampaignId(), event.getVariant(), step == null || step < 0 ? 0 : step));
    }

    private static TouchKind kindOf(Event event) {
        Enrichment enrichment = event.getEnrichment();
        EngagementClass engagementClass = enrichment == null ? null : enrichment.getEngagementClass();
        return switch (event.getType()) {
            case open -> engagementClass == EngagementClass.human || engagementClass == EngagementClass.image_proxy
                    ? TouchKind.OPEN : null;
            case click -> engagementClass == EngagementClass.human ? TouchKind.CLICK : null;
            case reply -> event.getReply() != null && event.getReply().getIsAutoReply() ? null : TouchKind.REPLY;
            default -> null;
        };
    }
}
