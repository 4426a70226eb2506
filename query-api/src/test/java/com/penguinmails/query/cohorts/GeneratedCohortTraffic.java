package com.penguinmails.query.cohorts;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficLabel;
import com.penguinmails.traffic.TrafficSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated traffic of one tenant, made awkward for cohorts, as rows of {@code events}: about three months of a slow
 * send rate (so cohorts of days, weeks and months all have several rows), every chunk of events reversed (engagement
 * stored before its send), engagement repeated three weeks late, human and auto replies, and conversions in two
 * currencies (some without a value, one before the contact's first send) spread over the following months.
 */
final class GeneratedCohortTraffic {

    static final Instant START = Instant.parse("2026-08-03T05:17:00Z");
    private static final int REVERSED_CHUNK = 50;
    private static final Duration LATE_BY = Duration.ofDays(21);

    private GeneratedCohortTraffic() {
    }

    /** {@code count} generated events of {@code tenant} (seeded) and the added ones, in storage order. */
    static List<StoredEvent> of(String tenant, long seed, int count) {
        GeneratedEventClasses.trust();
        List<GeneratedEvent> generated = new TrafficGenerator(TrafficSettings.defaults()
                .withSeed(seed)
                .withStart(START)
                .withTenantIds(List.of(tenant))
                .withCampaignsPerTenant(3)
                .withSendsPerSecond(0.0004)
                .withContactsPerTenant(600))
                .events().limit(count).toList();
        List<StoredEvent> rows = new ArrayList<>();
        for (int from = 0; from < generated.size(); from += REVERSED_CHUNK) {
            List<StoredEvent> chunk = new ArrayList<>(generated.subList(from, Math.min(generated.size(),
                    from + REVERSED_CHUNK)).stream().map(GeneratedCohortTraffic::stored).toList());
            Collections.reverse(chunk);
            rows.addAll(chunk);
        }
        Random random = new Random(seed);
        List<StoredEvent> added = new ArrayList<>();
        List<StoredEvent> engagement = rows.stream()
                .filter(row -> row.type().equals("open") || row.type().equals("click")).toList();
        for (int i = 0; i < engagement.size(); i += 7) {
            StoredEvent row = engagement.get(i);
            added.add(new StoredEvent(tenant, row.eventId() + "-late", row.type(), row.occurredAt().plus(LATE_BY),
                    row.campaignId(), row.contactId(), row.engagementClass(), false, "", BigDecimal.ZERO));
        }
        List<StoredEvent> sends = rows.stream().filter(row -> row.type().equals("send")).toList();
        for (int i = 0; i < sends.size(); i += 11) {
            StoredEvent send = sends.get(i);
            Instant at = send.occurredAt().plus(Duration.ofHours(6 + random.nextInt(24 * 20)));
            added.add(new StoredEvent(tenant, send.eventId() + "-reply", "reply", at, send.campaignId(),
                    send.contactId(), "", i % 3 == 0, "", BigDecimal.ZERO));
        }
        for (int i = 0; i < sends.size(); i += 5) {
            StoredEvent send = sends.get(i);
            Instant at = send.occurredAt().plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 75)));
            String currency = i % 3 == 0 ? "" : i % 2 == 0 ? "EUR" : "USD";
            BigDecimal value = currency.isEmpty() ? BigDecimal.ZERO
                    : BigDecimal.valueOf(100 + random.nextInt(900_000), 2);
            // Conversions carry no campaign; one in ten says one anyway, and cohorts must ignore it.
            added.add(new StoredEvent(tenant, send.eventId() + "-conversion", "conversion", at,
                    i % 10 == 0 ? send.campaignId() : "", send.contactId(), "", false, currency, value));
        }
        StoredEvent firstSend = sends.get(0);
        added.add(new StoredEvent(tenant, "conversion-before-any-send", "conversion",
                firstSend.occurredAt().minus(Duration.ofDays(40)), "", firstSend.contactId(), "", false, "USD",
                new BigDecimal("777.7700")));
        Collections.shuffle(added, random);
        rows.addAll(added);
        return rows;
    }

    private static StoredEvent stored(GeneratedEvent generated) {
        Event event = generated.event();
        String engagementClass = generated.label() == TrafficLabel.NOT_APPLICABLE ? ""
                : generated.label().name().toLowerCase(Locale.ROOT);
        boolean autoReply = event.getType() == EventType.reply && event.getReply() != null
                && event.getReply().getIsAutoReply();
        String currency = "";
        BigDecimal value = BigDecimal.ZERO;
        if (event.getConversion() != null && event.getConversion().getValue() != null) {
            currency = event.getConversion().getCurrency();
            value = event.getConversion().getValue();
        }
        return new StoredEvent(event.getTenantId(), event.getEventId(), event.getType().name(), event.getOccurredAt(),
                orEmpty(event.getCampaignId()), orEmpty(event.getContactId()), engagementClass, autoReply, currency,
                value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
