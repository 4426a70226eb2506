package com.penguinmails.streamjobs.aggregates;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generated traffic of one tenant made awkward for aggregates: the stream arrives out of order (every chunk of events
 * reversed, so opens and clicks reach the job before their delivery) and ends with late engagement: opens and clicks
 * (whatever made them) repeated three weeks after they first happened, long after their buckets were last written. The first
 * stretch of simulated traffic holds no replies yet, so replies (every third an auto-reply) are added to some
 * delivered messages, a day after delivery.
 */
final class GeneratedTraffic {

    static final Duration LATE_BY = Duration.ofDays(21);
    private static final int REVERSED_CHUNK = 40;
    private static final int LATE_EVENTS = 30;
    private static final int ADDED_REPLIES = 24;

    private GeneratedTraffic() {
    }

    /** {@code count} generated events of {@code tenant} (seeded), reordered, then the late ones. */
    static List<Event> of(String tenant, long seed, int count) {
        GeneratedEventClasses.trust();
        List<GeneratedEvent> generated = new TrafficGenerator(TrafficSettings.defaults()
                .withSeed(seed)
                .withTenantIds(List.of(tenant))
                .withSendsPerSecond(2.0)
                .withContactsPerTenant(2_000))
                .events().limit(count).toList();
        List<Event> events = new ArrayList<>(count + LATE_EVENTS);
        for (int from = 0; from < generated.size(); from += REVERSED_CHUNK) {
            List<Event> chunk = new ArrayList<>(generated.subList(from, Math.min(generated.size(), from + REVERSED_CHUNK))
                    .stream().map(GeneratedEvent::event).toList());
            Collections.reverse(chunk);
            events.addAll(chunk);
        }
        generated.stream()
                .filter(e -> e.event().getType() == EventType.open || e.event().getType() == EventType.click)
                .limit(LATE_EVENTS)
                .map(e -> Event.newBuilder(e.event())
                        .setEventId(e.event().getEventId() + "-late")
                        .setOccurredAt(e.event().getOccurredAt().plus(LATE_BY))
                        .setReceivedAt(e.event().getOccurredAt().plus(LATE_BY))
                        .build())
                .forEach(events::add);
        List<Event> delivered = generated.stream().map(GeneratedEvent::event)
                .filter(e -> e.getType() == EventType.delivered).limit(ADDED_REPLIES).toList();
        for (int i = 0; i < delivered.size(); i++) {
            Event delivery = delivered.get(i);
            events.add(Event.newBuilder(delivery)
                    .setEventId(delivery.getEventId() + "-reply")
                    .setType(EventType.reply)
                    .setOccurredAt(delivery.getOccurredAt().plus(Duration.ofDays(1)))
                    .setReceivedAt(delivery.getOccurredAt().plus(Duration.ofDays(1)))
                    .setDelivery(null)
                    .setReply(new ReplyDetails(i % 3 == 0))
                    .build());
        }
        return events;
    }
}
