package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.health.EventCounters;
import java.util.Optional;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Turns an enriched event into one {@link ScopedEvent} per scope it belongs to (tenant, campaign, sending domain,
 * mailbox, sending IP, mailbox provider), skipping scopes the event does not name and events that count nothing.
 */
public final class ScopeFanOutFunction implements FlatMapFunction<Event, ScopedEvent> {

    private static final long serialVersionUID = 1L;
    private static final ScopeKind[] KINDS = ScopeKind.values();

    @Override
    public void flatMap(Event event, Collector<ScopedEvent> out) {
        int counters = EventCounters.of(event);
        if (counters == 0) {
            return;
        }
        String provider = event.getEnrichment() == null ? null : event.getEnrichment().getMailboxProvider();
        long occurredAt = event.getOccurredAt().toEpochMilli();
        for (ScopeKind kind : KINDS) {
            Optional<String> value = kind.valueOf(event);
            if (value.isPresent()) {
                out.collect(new ScopedEvent(event.getTenantId(), kind, value.get(), occurredAt, counters,
                        kind.hasHealth() ? provider : null));
            }
        }
    }
}
