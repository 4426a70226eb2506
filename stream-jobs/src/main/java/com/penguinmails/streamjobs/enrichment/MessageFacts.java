package com.penguinmails.streamjobs.enrichment;

import java.util.Arrays;

/**
 * What the enrichment operator remembers about one message, as keyed state: from its send, its delivery, its recent
 * clicks, and whether a human open or click was already counted.
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so the state has a schema-evolving serializer, not Kryo.
 * Serialized it is about 150–250 bytes: four short strings, the MX host, up to {@link #MAX_CLICKS} click times and
 * two flags.
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

    /** The latest click times, oldest first; empty when none. */
    long[] clicks() {
        return clickTimes == null ? new long[0] : clickTimes;
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
