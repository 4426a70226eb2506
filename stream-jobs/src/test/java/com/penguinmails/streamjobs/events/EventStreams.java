package com.penguinmails.streamjobs.events;

import com.penguinmails.events.v1.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Many distinct events of one tenant, cycling through every event type, for end-to-end tests and benchmarks. */
public final class EventStreams {

    private static final List<Event> TEMPLATES = EventFixtures.everyType("template");

    private EventStreams() {
    }

    /** Event {@code i} of a tenant: type {@code i % 11}, id {@code <tenant>-<i>}, its own message, a distinct time. */
    public static Event numbered(String tenantId, long i) {
        Event template = TEMPLATES.get((int) (i % TEMPLATES.size()));
        Event.Builder event = Event.newBuilder(template)
                .setTenantId(tenantId)
                .setEventId(tenantId + "-" + i)
                .setOccurredAt(EventFixtures.OCCURRED_AT.plus(Duration.ofSeconds(i)));
        if (template.getMessageId() != null) {
            event.setMessageId("m-" + (i / TEMPLATES.size()));
        }
        return event.build();
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of a tenant. */
    public static List<Event> numbered(String tenantId, long from, long to) {
        List<Event> events = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            events.add(numbered(tenantId, i));
        }
        return events;
    }

    /** How many of the first {@code count} numbered events have the given type. */
    public static long countOfType(long count, String type) {
        long perCycle = TEMPLATES.size();
        int index = TEMPLATES.stream().map(e -> e.getType().name()).toList().indexOf(type);
        return count / perCycle + (index < count % perCycle ? 1 : 0);
    }

    /** Every event type, as stored in {@code event_type}. */
    public static List<String> types() {
        return TEMPLATES.stream().map(e -> e.getType().name()).toList();
    }
}
