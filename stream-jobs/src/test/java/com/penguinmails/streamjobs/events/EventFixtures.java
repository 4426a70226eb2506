package com.penguinmails.streamjobs.events;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Events of every type with every field they can carry, at fixed instants, for tests. */
public final class EventFixtures {

    static {
        // Copying an event (Event.newBuilder(event)) makes Avro load the generated classes by name.
        GeneratedEventClasses.trust();
    }

    public static final String TENANT = "t-acme";
    public static final Instant OCCURRED_AT = Instant.parse("2026-11-25T10:00:00.123Z");
    public static final Instant RECEIVED_AT = Instant.parse("2026-11-25T10:00:01.456Z");

    private EventFixtures() {
    }

    /** The common envelope of a message event, with every optional top-level field set. */
    public static Event.Builder envelope(EventType type, String eventId) {
        return Event.newBuilder()
                .setEventId(eventId)
                .setTenantId(TENANT)
                .setType(type)
                .setOccurredAt(OCCURRED_AT)
                .setReceivedAt(RECEIVED_AT)
                .setWorkspaceId("ws-1")
                .setMessageId("m-1")
                .setCampaignId("c-1")
                .setVariant("A")
                .setSequenceStep(2)
                .setMailbox("sam@send.acme.io")
                .setSendingDomain("send.acme.io")
                .setSendingIp("203.0.113.7")
                .setContactId("ct-9")
                .setRecipientDomain("gmail.com");
    }

    public static Event send(String eventId) {
        return envelope(EventType.send, eventId)
                .setSend(SendDetails.newBuilder().setRecipientTimezone("Europe/Paris").build())
                .build();
    }

    public static Event delivered(String eventId) {
        return envelope(EventType.delivered, eventId)
                .setDelivery(DeliveryDetails.newBuilder()
                        .setRemoteMx("gmail-smtp-in.l.google.com")
                        .setSmtpCode(250)
                        .setEnhancedStatusCode("2.0.0")
                        .setDiagnostic("250 2.0.0 OK")
                        .build())
                .build();
    }

    public static Event deferred(String eventId) {
        return envelope(EventType.deferred, eventId)
                .setDelivery(DeliveryDetails.newBuilder()
                        .setRemoteMx("mx.yahoo.com")
                        .setSmtpCode(421)
                        .setEnhancedStatusCode("4.7.0")
                        .setDiagnostic("421 4.7.0 try again later")
                        .build())
                .build();
    }

    public static Event bounce(String eventId) {
        return envelope(EventType.bounce, eventId)
                .setBounce(BounceDetails.newBuilder()
                        .setBounceType(BounceType.hard)
                        .setReason("user_unknown")
                        .setEnhancedStatusCode("5.1.1")
                        .setSmtpCode(550)
                        .setDiagnostic("550 5.1.1 no such user")
                        .setRemoteMx("gmail-smtp-in.l.google.com")
                        .build())
                .build();
    }

    public static Event open(String eventId) {
        return envelope(EventType.open, eventId)
                .setEngagement(EngagementDetails.newBuilder()
                        .setIp("198.51.100.23")
                        .setUserAgent("Mozilla/5.0 (Macintosh)")
                        .setHttpMethod("GET")
                        .build())
                .build();
    }

    public static Event click(String eventId) {
        return envelope(EventType.click, eventId)
                .setEngagement(EngagementDetails.newBuilder()
                        .setIp("198.51.100.24")
                        .setUserAgent("Mozilla/5.0 (Windows NT 10.0)")
                        .setUrl("https://acme.io/pricing?utm=ü")
                        .setLinkIndex(3)
                        .setHttpMethod("GET")
                        .build())
                .build();
    }

    public static Event reply(String eventId) {
        return envelope(EventType.reply, eventId)
                .setReply(ReplyDetails.newBuilder().setIsAutoReply(true).build())
                .build();
    }

    public static Event unsubscribe(String eventId) {
        return envelope(EventType.unsubscribe, eventId).build();
    }

    public static Event complaint(String eventId) {
        return envelope(EventType.complaint, eventId)
                .setComplaint(ComplaintDetails.newBuilder().setFeedbackType("abuse").build())
                .build();
    }

    /** A conversion: no message, only the envelope's contact and campaign. */
    public static Event conversion(String eventId) {
        return Event.newBuilder()
                .setEventId(eventId)
                .setTenantId(TENANT)
                .setType(EventType.conversion)
                .setOccurredAt(OCCURRED_AT)
                .setReceivedAt(RECEIVED_AT)
                .setCampaignId("c-1")
                .setContactId("ct-9")
                .setConversion(ConversionDetails.newBuilder()
                        .setConversionType("deal_won")
                        .setValue(new BigDecimal("1234.5000"))
                        .setCurrency("EUR")
                        .build())
                .build();
    }

    /** The least an event can be: only the required fields. */
    public static Event minimal(String eventId) {
        return Event.newBuilder()
                .setEventId(eventId)
                .setTenantId(TENANT)
                .setType(EventType.unknown)
                .setOccurredAt(OCCURRED_AT)
                .setReceivedAt(RECEIVED_AT)
                .build();
    }

    /** One event of each type, the minimal one included, with event ids {@code prefix-<type>}. */
    public static List<Event> everyType(String prefix) {
        return List.of(send(prefix + "-send"), delivered(prefix + "-delivered"), deferred(prefix + "-deferred"),
                bounce(prefix + "-bounce"), open(prefix + "-open"), click(prefix + "-click"),
                reply(prefix + "-reply"), unsubscribe(prefix + "-unsubscribe"), complaint(prefix + "-complaint"),
                conversion(prefix + "-conversion"), minimal(prefix + "-unknown"));
    }
}
