package com.penguinmails.events;

/** Names of the Kafka topics that carry events between the platform's services and jobs. */
public final class Topics {

    /**
     * Every event accepted by ingestion. Key: UTF-8 of {@code tenant_id + "/" + (message_id, else contact_id, else event_id)}
     * so one message's events stay in one partition and in order; value: {@link EventCodec} bytes.
     */
    public static final String EVENTS_RAW = "events.raw";

    /** Records that could not be decoded or processed, kept byte for byte for inspection and replay. */
    public static final String EVENTS_DLQ = "events.dlq";

    private Topics() {
    }
}
