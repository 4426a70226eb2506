package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sets {@code enrichment.first_of_contact} on the first human open and the first human click of each contact, keyed by
 * (tenant_id, contact_id), over all the contact's messages; runs after {@link EnrichMessageEventsFunction}, whose
 * engagement class it reads.
 *
 * <p>State per contact: one small int of flags (human open seen, human click seen), written only when a flag is set
 * and expiring {@code ttl} after that (processing time); after it, the contact's next human open or click counts as
 * unique again. Events of other types, non-human engagements, events without contact_id and events without enrichment
 * pass through unchanged and read no state. "First" means first processed, as for the message flag.
 */
public final class FirstOfContactFunction extends KeyedProcessFunction<Tuple2<String, String>, Event, Event> {

    private static final long serialVersionUID = 1L;

    static final int HUMAN_OPEN_SEEN = 1;
    static final int HUMAN_CLICK_SEEN = 2;

    private final Duration ttl;
    private transient ValueState<Integer> seen;

    /** @param ttl how long a contact's flags are kept; positive */
    public FirstOfContactFunction(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Contact state TTL must be positive: " + ttl);
        }
        this.ttl = ttl;
    }

    /** The contact state: the seen flags, expiring {@code ttl} after they were last set, never read stale. */
    static ValueStateDescriptor<Integer> seenDescriptor(Duration ttl) {
        ValueStateDescriptor<Integer> descriptor = new ValueStateDescriptor<>("contact-human-seen", Types.INT);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        GeneratedEventClasses.trust();
        seen = getRuntimeContext().getState(seenDescriptor(ttl));
    }

    @Override
    public void processElement(Event event, Context context, Collector<Event> out) throws Exception {
        Enrichment enrichment = event.getEnrichment();
        if (enrichment != null && EngagementKeys.hasId(event.getContactId())
                && UniqueEngagement.isHuman(event.getType(), enrichment.getEngagementClass())) {
            int flag = event.getType() == EventType.open ? HUMAN_OPEN_SEEN : HUMAN_CLICK_SEEN;
            Integer flags = seen.value();
            int current = flags == null ? 0 : flags;
            if ((current & flag) == 0) {
                seen.update(current | flag);
                enrichment.setFirstOfContact(true);
            }
        }
        out.collect(event);
    }
}
