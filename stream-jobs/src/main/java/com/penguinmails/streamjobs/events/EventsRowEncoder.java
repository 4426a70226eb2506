package com.penguinmails.streamjobs.events;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.clickhouse.RowBinaryEncoder;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;

/** Encodes an {@link Event} as its {@link EventsRow} in RowBinary, for the sink into the {@code events} table. */
public final class EventsRowEncoder implements RowBinaryEncoder<Event> {

    private static final long serialVersionUID = 1L;

    @Override
    public void encode(Event event, RowBinaryOutput out) {
        EventsRow.of(event).writeTo(out);
    }
}
