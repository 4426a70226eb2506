package com.penguinmails.ingestion.kafka;

import com.penguinmails.events.v1.Event;
import java.nio.charset.StandardCharsets;

/**
 * The Kafka record key of an event on {@code events.raw}: UTF-8 of {@code tenant_id + "/" + id}, where id is the
 * message id, else the contact id, else the event id. All events of one message therefore land on one partition, in
 * order.
 */
public final class EventRecordKey {

    private EventRecordKey() {
    }

    /** The key of {@code event}. */
    public static byte[] of(Event event) {
        String id = event.getMessageId() != null ? event.getMessageId()
                : event.getContactId() != null ? event.getContactId()
                : event.getEventId();
        return (event.getTenantId() + "/" + id).getBytes(StandardCharsets.UTF_8);
    }
}
