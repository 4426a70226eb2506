package com.penguinmails.ingestion.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.bounce.Correlation;
import java.util.List;
import java.util.Locale;

/**
 * The answer to {@code POST /v1/inbound/messages}: what the mail was, the events stored, and what it was correlated to.
 *
 * @param kind {@code bounce}, {@code delay}, {@code complaint}, {@code auto_reply}, {@code reply} or {@code other}
 * @param events one entry per stored event; empty for {@code other}
 * @param correlation the original message it was attributed to and the identifiers found in the mail
 */
public record InboundMessageResult(
        @JsonProperty("kind") String kind,
        @JsonProperty("events") List<StoredEvent> events,
        @JsonProperty("correlation") CorrelationSummary correlation) {

    /** One stored event; the bounce fields are null for other types. */
    public record StoredEvent(
            @JsonProperty("event_id") String eventId,
            @JsonProperty("type") String type,
            @JsonProperty("recipient") String recipient,
            @JsonProperty("bounce_type") String bounceType,
            @JsonProperty("reason") String reason,
            @JsonProperty("enhanced_status_code") String enhancedStatusCode) {
    }

    /** The original message the events are about (see {@link OriginalMessage}) and the parser's identifiers. */
    public record CorrelationSummary(
            @JsonProperty("matched_by") String matchedBy,
            @JsonProperty("message_id") String messageId,
            @JsonProperty("contact_id") String contactId,
            @JsonProperty("verp_address") String verpAddress,
            @JsonProperty("original_message_id") String originalMessageId,
            @JsonProperty("in_reply_to") String inReplyTo,
            @JsonProperty("references") List<String> references) {
    }

    static InboundMessageResult of(RecordedMail mail) {
        OriginalMessage original = mail.originals().get(0);
        Correlation found = mail.analysis().correlation();
        List<StoredEvent> events = mail.events().stream().map(InboundMessageResult::stored).toList();
        return new InboundMessageResult(mail.analysis().kind().name().toLowerCase(Locale.ROOT), events,
                new CorrelationSummary(original.matchedBy(), original.messageId(), original.contactId(),
                        original.verpAddress(), found.originalMessageId(), found.inReplyTo(), found.references()));
    }

    private static StoredEvent stored(InboundEvent inbound) {
        Event event = inbound.event();
        boolean bounce = event.getBounce() != null;
        return new StoredEvent(event.getEventId(), event.getType().name(), inbound.recipient(),
                bounce ? event.getBounce().getBounceType().name() : null,
                bounce ? event.getBounce().getReason() : null,
                bounce ? event.getBounce().getEnhancedStatusCode()
                        : event.getDelivery() == null ? null : event.getDelivery().getEnhancedStatusCode());
    }
}
