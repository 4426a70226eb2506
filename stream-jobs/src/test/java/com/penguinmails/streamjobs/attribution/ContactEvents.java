package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Enriched events of one test contact of tenant {@value #TENANT}, at readable offsets from {@link #CONVERTED}. */
final class ContactEvents {

    static final String TENANT = "t-acme";
    static final Instant CONVERTED = Instant.parse("2026-11-25T12:00:00Z");

    private final String contactId;
    private int sequence;

    ContactEvents(String contactId) {
        this.contactId = contactId;
    }

    /** A human open of the campaign's message {@code before} the conversion. */
    Event open(Duration before, String campaign, EngagementClass engagementClass) {
        return engagement(EventType.open, before, campaign, engagementClass);
    }

    /** A click {@code before} the conversion. */
    Event click(Duration before, String campaign, EngagementClass engagementClass) {
        return engagement(EventType.click, before, campaign, engagementClass);
    }

    /** A reply {@code before} the conversion. */
    Event reply(Duration before, String campaign, boolean autoReply) {
        return envelope(EventType.reply, CONVERTED.minus(before), campaign)
                .setReply(new ReplyDetails(autoReply)).build();
    }

    /** A deal of {@code value} {@code currency} at {@link #CONVERTED} plus {@code after}. */
    Event conversion(String id, Duration after, String value, String currency) {
        return envelope(EventType.conversion, CONVERTED.plus(after), null)
                .setEventId(id)
                .setMessageId(null)
                .setConversion(new ConversionDetails("deal_won", value == null ? null : new BigDecimal(value),
                        currency))
                .build();
    }

    private Event engagement(EventType type, Duration before, String campaign, EngagementClass engagementClass) {
        Event.Builder builder = envelope(type, CONVERTED.minus(before), campaign);
        if (engagementClass != null) {
            builder.setEnrichment(Enrichment.newBuilder().setEngagementClass(engagementClass).build());
        }
        return builder.build();
    }

    private Event.Builder envelope(EventType type, Instant at, String campaign) {
        sequence++;
        return Event.newBuilder()
                .setEventId(contactId + "-e" + sequence)
                .setTenantId(TENANT)
                .setType(type)
                .setOccurredAt(at)
                .setReceivedAt(at)
                .setMessageId(campaign == null ? null : contactId + "-" + campaign)
                .setCampaignId(campaign)
                .setVariant(campaign == null ? null : "A")
                .setSequenceStep(campaign == null ? null : 1)
                .setContactId(contactId);
    }
}
