package com.penguinmails.ingestion.kafka;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventDecodingException;
import java.util.Arrays;

/**
 * The payload of one event in the spool: its Kafka key and value together, so the replayer forwards it without decoding
 * the event to find its key.
 *
 * <p>Layout (version 1): the byte {@code 0x01}, the key length as a 4-byte big-endian int, the key bytes, then the value
 * (the Avro single-object encoding of the event). Spools written before this layout hold the bare value, which begins
 * with the single-object marker {@code 0xC3 0x01}: {@link #parse} still reads those and takes their key from the decoded
 * event, so a spool left by the previous version replays after an upgrade.
 *
 * @param key the Kafka record key (see {@link EventRecordKey})
 * @param value the Kafka record value, exactly as sent to Kafka
 */
public record SpooledEventRecord(byte[] key, byte[] value) {

    /** First byte of the keyed layout; never the first byte of a bare single-object message (0xC3). */
    static final byte KEYED_V1 = 0x01;
    private static final int KEYED_HEADER_BYTES = 1 + Integer.BYTES;

    /** The spool payload carrying {@code key} and {@code value}. */
    public static byte[] payload(byte[] key, byte[] value) {
        byte[] payload = new byte[KEYED_HEADER_BYTES + key.length + value.length];
        payload[0] = KEYED_V1;
        payload[1] = (byte) (key.length >>> 24);
        payload[2] = (byte) (key.length >>> 16);
        payload[3] = (byte) (key.length >>> 8);
        payload[4] = (byte) key.length;
        System.arraycopy(key, 0, payload, KEYED_HEADER_BYTES, key.length);
        System.arraycopy(value, 0, payload, KEYED_HEADER_BYTES + key.length, value.length);
        return payload;
    }

    /**
     * The key and value a spool payload stands for.
     *
     * @throws EventDecodingException if the payload is in neither layout, or is an old bare value that is not a
     *     decodable event (the caller may still forward it keyless: the stream job dead-letters it)
     */
    public static SpooledEventRecord parse(byte[] payload) {
        if (payload.length >= KEYED_HEADER_BYTES && payload[0] == KEYED_V1) {
            int keyLength = ((payload[1] & 0xFF) << 24) | ((payload[2] & 0xFF) << 16) | ((payload[3] & 0xFF) << 8)
                    | (payload[4] & 0xFF);
            if (keyLength >= 0 && keyLength <= payload.length - KEYED_HEADER_BYTES) {
                int valueStart = KEYED_HEADER_BYTES + keyLength;
                return new SpooledEventRecord(Arrays.copyOfRange(payload, KEYED_HEADER_BYTES, valueStart),
                        Arrays.copyOfRange(payload, valueStart, payload.length));
            }
        }
        return new SpooledEventRecord(EventRecordKey.of(EventCodec.decode(payload)), payload);
    }
}
