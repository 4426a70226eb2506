package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.SendDetails;
import java.time.Duration;
import java.time.Instant;

/**
 * Events of one test message (tenant {@value #TENANT}, sent from {@value #SENDING_IP} to a contact at
 * {@value #RECIPIENT_DOMAIN}), at readable offsets from {@link #SENT}.
 */
final class MessageEvents {

    static final String TENANT = "t-acme";
    static final String SENDING_IP = "203.0.113.7";
    static final String RECIPIENT_DOMAIN = "acme-corp.com";
    static final Instant SENT = Instant.parse("2026-11-25T10:00:00Z");
    static final String PERSON_IP = "73.12.34.56";
    static final String MAIL_CLIENT = "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)";
    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    private final String messageId;
    private final String contactId;
    private int sequence;

    MessageEvents(String messageId, String contactId) {
        this.messageId = messageId;
        this.contactId = contactId;
    }

    Event send(String recipientTimezone) {
        return envelope(EventType.send, Duration.ZERO).setSend(new SendDetails(recipientTimezone)).build();
    }

    Event delivered(Duration after, String remoteMx) {
        return envelope(EventType.delivered, after)
                .setDelivery(new DeliveryDetails(remoteMx, 250, "2.0.0", "250 2.0.0 OK")).build();
    }

    Event bounce(Duration after, String remoteMx) {
        return envelope(EventType.bounce, after).setBounce(new BounceDetails(BounceType.hard, "user_unknown", "5.1.1",
                550, "550 5.1.1 no such user", remoteMx)).build();
    }

    Event open(Duration after, String ip, String userAgent) {
        return envelope(EventType.open, after)
                .setEngagement(new EngagementDetails(ip, userAgent, null, null, "GET", null)).build();
    }

    Event click(Duration after, String ip, String userAgent, int link) {
        return click(after, ip, userAgent, link, "GET", false);
    }

    Event click(Duration after, String ip, String userAgent, int link, String method, Boolean honeypot) {
        return envelope(EventType.click, after).setEngagement(new EngagementDetails(ip, userAgent,
                "https://acme.example/" + link, link, method, honeypot)).build();
    }

    /** An event of {@code type} of the message with the envelope only, no type-specific details. */
    Event bare(EventType type, Duration after) {
        return envelope(type, after).build();
    }

    /** A conversion of the contact: no message id. */
    Event conversion(Duration after, String recipientDomain) {
        return envelope(EventType.conversion, after).setMessageId(null).setSendingIp(null)
                .setRecipientDomain(recipientDomain)
                .setConversion(new ConversionDetails("meeting_booked", null, null)).build();
    }

    private Event.Builder envelope(EventType type, Duration after) {
        Instant at = SENT.plus(after);
        return Event.newBuilder()
                .setEventId(messageId + "-e" + ++sequence)
                .setTenantId(TENANT)
                .setType(type)
                .setOccurredAt(at)
                .setReceivedAt(at)
                .setMessageId(messageId)
                .setContactId(contactId)
                .setCampaignId("c-1")
                .setMailbox("sam@send.acme.io")
                .setSendingDomain("send.acme.io")
                .setSendingIp(SENDING_IP)
                .setRecipientDomain(RECIPIENT_DOMAIN);
    }
}
