package com.penguinmails.ingestion.tracking;

import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Instant;

/**
 * Turns a verified tracking token and the request on it into the v1 event to store: {@code open} for the pixel,
 * {@code click} for a link (with its URL, index and honeypot flag), {@code unsubscribe} for the one-click unsubscribe.
 * For open and click the request's address, User-Agent and method go into {@code engagement}; an unsubscribe, like
 * one posted to {@code /v1/events}, has no details (the one-click POST comes from the mailbox provider's servers anyway).
 */
public final class TrackingEvents {

    private TrackingEvents() {
    }

    /**
     * @param eventId the idempotency key, made at receipt
     * @param receivedAt when the request arrived; also the event's occurred_at
     */
    public static Event of(EventType type, TrackingToken token, TrackingRequest request, String eventId,
            Instant receivedAt) {
        Event event = new Event();
        event.setEventId(eventId);
        event.setTenantId(token.tenantId());
        event.setType(type);
        event.setOccurredAt(receivedAt);
        event.setReceivedAt(receivedAt);
        event.setMessageId(token.messageId());
        event.setCampaignId(token.campaignId());
        event.setVariant(token.variant());
        event.setSequenceStep(token.sequenceStep());
        event.setContactId(token.contactId());
        if (type == EventType.open || type == EventType.click) {
            EngagementDetails engagement = new EngagementDetails();
            engagement.setIp(request.clientAddress());
            engagement.setUserAgent(request.userAgent());
            engagement.setHttpMethod(request.httpMethod());
            if (type == EventType.click) {
                engagement.setUrl(token.targetUrl());
                engagement.setLinkIndex(token.linkIndex());
                engagement.setHoneypot(token.honeypot());
            }
            event.setEngagement(engagement);
        }
        return event;
    }
}
