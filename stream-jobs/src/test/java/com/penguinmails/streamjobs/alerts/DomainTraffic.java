package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Enriched traffic of two sending domains, minute by minute: {@code good.io} bounces 0.5 % throughout;
 * {@code bad.io} does too except in its bad minutes, when every tenth send bounces (half blocks, half hard). In minutes 10, 30, 50... one
 * delivery per domain draws a complaint. Recipients alternate between Google (gmail.com) and Microsoft (outlook.com).
 */
final class DomainTraffic {

    static final String GOOD = "good.io";
    static final String BAD = "bad.io";
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final int SENDS_PER_MINUTE = 40;

    static {
        GeneratedEventClasses.trust();
    }

    private DomainTraffic() {
    }

    /**
     * The events of minutes {@code from} to {@code to - 1}, in time order.
     *
     * @param badFrom first bad minute of bad.io
     * @param badTo end of bad.io's bad minutes (exclusive)
     */
    static List<Event> minutes(String tenant, int from, int to, int badFrom, int badTo) {
        List<Event> events = new ArrayList<>();
        for (int minute = from; minute < to; minute++) {
            for (int i = 0; i < SENDS_PER_MINUTE; i++) {
                for (String domain : List.of(GOOD, BAD)) {
                    boolean bad = domain.equals(BAD) && minute >= badFrom && minute < badTo;
                    Instant sentAt = T0.plus(Duration.ofMinutes(minute)).plusSeconds(i);
                    String messageId = domain + "-" + minute + "-" + i;
                    events.add(event(tenant, EventType.send, messageId, "s", domain, i, sentAt).build());
                    Event.Builder outcome = event(tenant, EventType.delivered, messageId, "o", domain, i,
                            sentAt.plusMillis(500));
                    if (bad && i % 10 == 0) {
                        outcome.setType(EventType.bounce).setBounce(BounceDetails.newBuilder()
                                .setBounceType(i % 20 == 0 ? BounceType.block : BounceType.hard).build());
                    } else if (i == 0 && minute % 5 == 0) {
                        outcome.setType(EventType.bounce).setBounce(BounceDetails.newBuilder()
                                .setBounceType(BounceType.hard).build());
                    } else {
                        outcome.setDelivery(DeliveryDetails.newBuilder().setSmtpCode(250).build());
                    }
                    events.add(outcome.build());
                    if (outcome.getType() == EventType.delivered && i == 1 && minute % 20 == 10) {
                        events.add(event(tenant, EventType.complaint, messageId, "c", domain, i,
                                sentAt.plusMillis(900)).setComplaint(new ComplaintDetails("abuse")).build());
                    }
                }
            }
        }
        return events;
    }

    private static Event.Builder event(String tenant, EventType type, String messageId, String suffix, String domain,
            int i, Instant at) {
        boolean google = i % 2 == 0;
        return Event.newBuilder()
                .setEventId(messageId + "-" + suffix)
                .setTenantId(tenant)
                .setType(type)
                .setOccurredAt(at)
                .setReceivedAt(at)
                .setMessageId(messageId)
                .setCampaignId("c-1")
                .setMailbox((i % 3 == 0 ? "ann@" : "bob@") + domain)
                .setSendingDomain(domain)
                .setSendingIp(domain.equals(GOOD) ? "192.0.2.1" : "192.0.2.2")
                .setContactId("ct-" + i)
                .setRecipientDomain(google ? "gmail.com" : "outlook.com")
                .setEnrichment(Enrichment.newBuilder().setMailboxProvider(google ? "google" : "microsoft").build());
    }
}
