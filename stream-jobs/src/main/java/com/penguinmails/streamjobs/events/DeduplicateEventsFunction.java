package com.penguinmails.streamjobs.events;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first event of each (tenant_id, event_id) through and drops later ones, for as long as the key is
 * remembered: {@code ttl} after its first occurrence (processing time).
 *
 * <p>Producers retry, so the same event can arrive more than once; this makes the stream carry each event once. The
 * memory is keyed state, part of checkpoints, so a replay after a restore deduplicates exactly as the first run did.
 * Keep the TTL longer than any producer keeps retrying; after it a repeat passes again (and ClickHouse's
 * ReplacingMergeTree still collapses it on merge). Metric: {@code duplicateEvents}.
 */
public final class DeduplicateEventsFunction extends KeyedProcessFunction<Tuple2<String, String>, Event, Event> {

    private static final long serialVersionUID = 1L;

    private final Duration ttl;
    private transient ValueState<Boolean> seen;
    private transient Counter duplicates;

    /** @param ttl how long an event id is remembered; positive */
    public DeduplicateEventsFunction(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Deduplication TTL must be positive: " + ttl);
        }
        this.ttl = ttl;
    }

    /** The state remembering a key: a flag that expires {@code ttl} after it is written and is never read stale. */
    static ValueStateDescriptor<Boolean> seenDescriptor(Duration ttl) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
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
        seen = getRuntimeContext().getState(seenDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicateEvents");
    }

    @Override
    public void processElement(Event event, Context context, Collector<Event> out) throws Exception {
        if (seen.value() != null) {
            duplicates.inc();
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(event);
    }
}
