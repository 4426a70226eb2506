package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated traffic of one tenant with conversions, made awkward for attribution: the simulator's own conversions
 * are few and have no value in a short stretch, so conversions (meetings without value, deals in USD and EUR) are
 * added for a third of the engaged contacts, some hours to days after one of their events and some before all of
 * them; the stream arrives out of order (every chunk of events reversed) and every fourth open, click and reply is
 * held back to the very end, after the conversions it precedes were attributed.
 */
final class AttributionTraffic {

    private static final int REVERSED_CHUNK = 40;

    private AttributionTraffic() {
    }

    /** {@code count} generated events of {@code tenant} (seeded) plus the added conversions, reordered. */
    static List<Event> of(String tenant, long seed, int count) {
        GeneratedEventClasses.trust();
        List<Event> generated = new TrafficGenerator(TrafficSettings.defaults()
                .withSeed(seed)
                .withTenantIds(List.of(tenant))
                .withSendsPerSecond(0.05)
                .withContactsPerTenant(300))
                .events().limit(count).map(GeneratedEvent::event).toList();
        Random random = new Random(seed);
        Map<String, List<Event>> engagementByContact = new LinkedHashMap<>();
        for (Event event : generated) {
            if (isEngagement(event) && event.getContactId() != null) {
                engagementByContact.computeIfAbsent(event.getContactId(), c -> new ArrayList<>()).add(event);
            }
        }
        List<Event> withConversions = new ArrayList<>(generated);
        int added = 0;
        for (Map.Entry<String, List<Event>> contact : engagementByContact.entrySet()) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            List<Event> engagement = contact.getValue();
            Event anchor = engagement.get(random.nextInt(engagement.size()));
            boolean beforeEverything = random.nextInt(8) == 0;
            Duration offset = beforeEverything ? Duration.ofHours(-1 - random.nextInt(48))
                    : Duration.ofMinutes(random.nextInt(3 * 24 * 60));
            Event base = beforeEverything ? engagement.get(0) : anchor;
            withConversions.add(conversion(base, offset, added++, random));
        }
        List<Event> inOrder = new ArrayList<>(withConversions.size());
        List<Event> heldBack = new ArrayList<>();
        int engagements = 0;
        for (Event event : withConversions) {
            if (isEngagement(event) && engagements++ % 4 == 3) {
                heldBack.add(event);
            } else {
                inOrder.add(event);
            }
        }
        inOrder.sort((a, b) -> a.getOccurredAt().compareTo(b.getOccurredAt()));
        List<Event> events = new ArrayList<>(withConversions.size());
        for (int from = 0; from < inOrder.size(); from += REVERSED_CHUNK) {
            List<Event> chunk = new ArrayList<>(inOrder.subList(from, Math.min(inOrder.size(), from + REVERSED_CHUNK)));
            Collections.reverse(chunk);
            events.addAll(chunk);
        }
        events.addAll(heldBack);
        return events;
    }

    private static boolean isEngagement(Event event) {
        return event.getType() == EventType.open || event.getType() == EventType.click
                || event.getType() == EventType.reply;
    }

    private static Event conversion(Event base, Duration offset, int index, Random random) {
        String currency = switch (index % 3) {
            case 0 -> null;
            case 1 -> "USD";
            default -> "EUR";
        };
        BigDecimal value = currency == null ? null
                : BigDecimal.valueOf(1_000 + random.nextInt(9_000_000), 2).setScale(4);
        return Event.newBuilder()
                .setEventId(base.getTenantId() + "-conversion-" + index)
                .setTenantId(base.getTenantId())
                .setType(EventType.conversion)
                .setOccurredAt(base.getOccurredAt().plus(offset))
                .setReceivedAt(base.getOccurredAt().plus(offset))
                .setContactId(base.getContactId())
                .setConversion(new ConversionDetails(currency == null ? "meeting_booked" : "deal_won", value,
                        currency))
                .build();
    }
}
