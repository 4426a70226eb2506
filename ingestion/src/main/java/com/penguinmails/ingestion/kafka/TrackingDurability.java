package com.penguinmails.ingestion.kafka;

/**
 * How far a tracking event (open, click, one-click unsubscribe) must get before its request is answered; see
 * ingestion/DURABILITY.md, "Spool-first tracking". One-click unsubscribes always get at least {@link #SPOOL_FORCED}:
 * their answer tells the recipient it worked.
 */
public enum TrackingDurability {

    /** Kafka acknowledged the event, as for the batch API. */
    KAFKA,

    /** The spool forced the event to the device (one fsync shared by concurrent requests): survives a machine crash. */
    SPOOL_FORCED,

    /**
     * The spool wrote the event to the operating system: it survives a crash of the process at once and a crash of the
     * machine once the spool's sync thread forced it (within 5 ms plus one fsync).
     */
    SPOOL_WRITTEN;

    /** This durability, or {@link #SPOOL_FORCED} if this one is weaker. */
    public TrackingDurability atLeastForced() {
        return this == SPOOL_WRITTEN ? SPOOL_FORCED : this;
    }
}
