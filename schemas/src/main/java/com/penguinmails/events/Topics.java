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

    /**
     * Alert rules, compacted. Key: UTF-8 rule id; value: the rule as JSON, or a tombstone (null) when the rule is deleted.
     * Written by the operational API, applied by the stream job as broadcast state.
     */
    public static final String CONTROL_ALERT_RULES = "control.alert-rules";

    /** Fired and resolved alerts as JSON, keyed by UTF-8 of {@code tenant_id + "/" + rule_id}; read by the notifier. */
    public static final String ALERTS = "alerts";

    private Topics() {
    }
}
