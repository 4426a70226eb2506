package com.penguinmails.query.overview;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per event type, how many events occurred and how many messages had their first event of the type in the range.
 * Every reported type is present (zero when nothing happened); types outside {@link #EVENT_TYPES} (e.g.
 * {@code unknown}) are left out.
 */
public final class EventTotals {

    /** The reported event types, in the order they appear in answers. */
    public static final List<String> EVENT_TYPES = List.of(
            "send", "delivered", "deferred", "bounce", "open", "click", "reply", "unsubscribe", "complaint", "conversion");

    /**
     * The totals of one event type.
     *
     * @param eventType the type's wire name, e.g. {@code delivered}
     * @param events how many events of the type, each event_id once
     * @param messages how many messages had their first event of the type among those events
     */
    public record TypeTotal(String eventType, long events, long messages) {
    }

    private final Map<String, TypeTotal> byType;

    /** @param totals one entry per event type that occurred; at most one per type */
    public EventTotals(Collection<TypeTotal> totals) {
        Map<String, TypeTotal> map = new HashMap<>();
        for (TypeTotal total : totals) {
            if (map.put(total.eventType(), total) != null) {
                throw new IllegalArgumentException("event type given twice: " + total.eventType());
            }
        }
        this.byType = map;
    }

    /** Returns the number of events of {@code eventType}; 0 when none occurred. */
    public long events(String eventType) {
        TypeTotal total = byType.get(eventType);
        return total == null ? 0 : total.events();
    }

    /** Returns the number of messages whose first event of {@code eventType} occurred; 0 when none did. */
    public long messages(String eventType) {
        TypeTotal total = byType.get(eventType);
        return total == null ? 0 : total.messages();
    }

    /** Returns {@link #events} for every reported type, in {@link #EVENT_TYPES} order. */
    public Map<String, Long> eventsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        EVENT_TYPES.forEach(type -> counts.put(type, events(type)));
        return Collections.unmodifiableMap(counts);
    }

    /** Returns {@link #messages} for every reported type, in {@link #EVENT_TYPES} order. */
    public Map<String, Long> messagesByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        EVENT_TYPES.forEach(type -> counts.put(type, messages(type)));
        return Collections.unmodifiableMap(counts);
    }
}
