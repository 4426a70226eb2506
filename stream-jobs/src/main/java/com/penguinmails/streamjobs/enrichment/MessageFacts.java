package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.v1.EventType;
import java.util.Arrays;

/**
 * What the enrichment operator remembers about one message, as keyed state: from its send, its delivery, its recent
 * clicks, whether a human open or click was already counted, and which event types were already seen.
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so the state has a schema-evolving serializer, not Kryo; a field
 * added later restores as its Java default from older snapshots. Serialized it is about 150–250 bytes: four short
 * strings, the MX host, up to {@link #MAX_CLICKS} click times, two flags and the seen-types bitmask.
 */
public class MessageFacts {

    /** How many of the latest click times are kept for burst detection. */
    public static final int MAX_CLICKS = 10;

    /** The send's recipient_timezone, or null. */
    public String recipientTimezone;
    /** The IP the message was sent from, or null. */
    public String sendingIp;
    /** The recipient's domain, or null. */
    public String recipientDomain;
    /** The sender's mailbox, or null. */
    public String mailbox;
    /** Epoch millis of the (earliest) delivery, or null if none seen yet. */
    public Long deliveredAt;
    /** The MX host that accepted (or refused) the message, or null. */
    public String remoteMx;
    /** Epoch millis of the latest clicks, oldest first, at most {@link #MAX_CLICKS}; null when none. */
    public long[] clickTimes;
    /** Whether a human (or image-proxy) open of the message was already counted as its first. */
    public boolean humanOpenSeen;
    /** Whether a human click of the message was already counted as its first. */
    public boolean humanClickSeen;
    /**
     * Bitmask of the event types already processed for the message ({@link #markSeen}); 0 when none, and in state
     * restored from a snapshot taken before the field existed.
     */
    public int seenTypes;

    /** The latest click times, oldest first; empty when none. */
    long[] clicks() {
        return clickTimes == null ? new long[0] : clickTimes;
    }

    /**
     * Records that an event of {@code type} was processed for the message.
     *
     * @return true if it is the first of its type: send, delivered, deferred, bounce, open, click, reply, unsubscribe
     *     or complaint seen for the first time; always false for conversion and unknown, which are not tracked
     */
    boolean markSeen(EventType type) {
        int bit = typeBit(type);
        if (bit == 0 || (seenTypes & bit) != 0) {
            return false;
        }
        seenTypes |= bit;
        return true;
    }

    /**
     * The type's bit in {@link #seenTypes}, 0 if the type is not tracked. Fixed per type rather than the enum's
     * ordinal, so a symbol added to the Avro enum later cannot shift the meaning of bits already in state.
     */
    private static int typeBit(EventType type) {
        return switch (type) {
            case send -> 1;
            case delivered -> 1 << 1;
            case deferred -> 1 << 2;
            case bounce -> 1 << 3;
            case open -> 1 << 4;
            case click -> 1 << 5;
            case reply -> 1 << 6;
            case unsubscribe -> 1 << 7;
            case complaint -> 1 << 8;
            case conversion, unknown -> 0;
        };
    }

    /** Remembers a click, dropping the oldest beyond {@link #MAX_CLICKS}. */
    void addClick(long epochMillis) {
        long[] current = clicks();
        long[] next;
        if (current.length < MAX_CLICKS) {
            next = Arrays.copyOf(current, current.length + 1);
        } else {
            next = Arrays.copyOfRange(current, 1, current.length + 1);
        }
        next[next.length - 1] = epochMillis;
        clickTimes = next;
    }
}
