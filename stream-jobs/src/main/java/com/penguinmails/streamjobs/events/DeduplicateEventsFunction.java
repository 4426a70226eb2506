package com.penguinmails.streamjobs.events;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first event of each (tenant_id, event_id) through and drops later ones, for as long as the event id is
 * remembered: {@code ttl} after its first occurrence (processing time).
 *
 * <p>Producers retry, so the same event can arrive more than once; this makes the stream carry each event once. The
 * memory is keyed state, part of checkpoints, so a replay after a restore deduplicates exactly as the first run did.
 * Keep the TTL longer than any producer keeps retrying; after it a repeat passes again (and ClickHouse's
 * ReplacingMergeTree still collapses it on merge). Metric: {@code duplicateEvents}.
 *
 * <p>The operator is keyed by message ({@link EngagementKeys#byMessage()}: events without a message id each get a key
 * of their own) and remembers the message's event ids in a map with a TTL per entry. Keying by message rather than by
 * event id keeps a message's events in Kafka order all the way to the enrichment operator, which is keyed the same
 * way: each step then has a single upstream channel per message, and the enrichment sees a delivery before the scans
 * that followed it. An event id retried under another message id is not recognised here (the table's
 * ReplacingMergeTree remains the net for that).
 */
public final class DeduplicateEventsFunction extends KeyedProcessFunction<Tuple2<String, String>, Event, Event> {

    private static final long serialVersionUID = 1L;

    private final Duration ttl;
    private transient MapState<String, Boolean> seen;
    private transient Counter duplicates;

    /** @param ttl how long an event id is remembered; positive */
    public DeduplicateEventsFunction(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Deduplication TTL must be positive: " + ttl);
        }
        this.ttl = ttl;
    }

    /** The state remembering event ids: entries expire {@code ttl} after they are written and are never read stale. */
    static MapStateDescriptor<String, Boolean> seenDescriptor(Duration ttl) {
        MapStateDescriptor<String, Boolean> descriptor =
                new MapStateDescriptor<>("seen-event-ids", Types.STRING, Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        // Network input of this operator is read with Avro, which must be allowed to load the generated classes.
        GeneratedEventClasses.trust();
        seen = getRuntimeContext().getMapState(seenDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicateEvents");
    }

    @Override
    public void processElement(Event event, Context context, Collector<Event> out) throws Exception {
        if (seen.contains(event.getEventId())) {
            duplicates.inc();
            return;
        }
        seen.put(event.getEventId(), Boolean.TRUE);
        out.collect(event);
    }
}
