package com.penguinmails.streamjobs.health;

/**
 * What the rolling counters of a scope count; each event adds one to zero or more of them (see {@link EventCounters}).
 */
public enum Counter {
    /** A send event. */
    SENT,
    /** A delivered event. */
    DELIVERED,
    /** A deferred event (temporary failure, will be retried). */
    DEFERRED,
    /** A bounce of any type (hard, soft, block, undetermined). */
    BOUNCED,
    /** A hard bounce. */
    HARD_BOUNCED,
    /** A block: a bounce for policy or reputation reasons. */
    BLOCKED,
    /** A spam complaint (feedback loop report). */
    COMPLAINTS,
    /** An unsubscribe. */
    UNSUBSCRIBES,
    /** A unique human open: the first open of a message classed human or image_proxy. */
    HUMAN_OPENS,
    /** A unique human click: the first click of a message classed human. */
    HUMAN_CLICKS,
    /** A reply that is not an auto-reply. */
    REPLIES;

    private static final Counter[] VALUES = values();

    /** The counter with this ordinal. */
    public static Counter ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** This counter's bit in a set of counters kept as a bit mask. */
    public int bit() {
        return 1 << ordinal();
    }
}
