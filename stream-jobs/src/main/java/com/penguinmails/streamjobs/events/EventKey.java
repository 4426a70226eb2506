package com.penguinmails.streamjobs.events;

import com.penguinmails.events.v1.Event;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;

/** Keys an event by what identifies it: (tenant_id, event_id); event ids are unique per tenant only. */
public final class EventKey implements KeySelector<Event, Tuple2<String, String>> {

    private static final long serialVersionUID = 1L;

    /** The key's type, for keyBy and test harnesses. */
    public static final TypeInformation<Tuple2<String, String>> TYPE = Types.TUPLE(Types.STRING, Types.STRING);

    @Override
    public Tuple2<String, String> getKey(Event event) {
        return Tuple2.of(event.getTenantId(), event.getEventId());
    }
}
