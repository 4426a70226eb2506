package com.penguinmails.events;

import com.penguinmails.events.EventDecodingException.Reason;
import com.penguinmails.events.v1.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Converts events to and from Avro single-object encoding: the marker {@code 0xC3 0x01}, the 8-byte little-endian
 * CRC-64-AVRO fingerprint of the writer's schema, then the Avro binary body. No schema registry is needed: the reader
 * knows every released schema version ({@link EventSchemas#released()}) and resolves each message from the version that
 * wrote it to the current {@link Event} class.
 *
 * <p>Thread-safe; per-thread buffers are reused, so calls allocate little beyond the result.
 */
public final class EventCodec {

    static {
        GeneratedEventClasses.trust();
    }

    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;
    private static final int HEADER_LENGTH = 10;

    private static final SpecificData MODEL = SpecificData.getForClass(Event.class);
    private static final byte[] HEADER = header(EventSchemas.current());
    private static final DatumWriter<Event> WRITER = new NullableUnionDatumWriter<>(EventSchemas.current(), MODEL);
    /** Effectively immutable after class initialisation, so unsynchronised reads are safe. */
    private static final Map<Long, DatumReader<Event>> READERS = readers(EventSchemas.current(), EventSchemas.released());

    private static final ThreadLocal<EncodingState> ENCODING = ThreadLocal.withInitial(EncodingState::new);
    private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

    private EventCodec() {
    }

    /**
     * Encodes an event with the current schema.
     *
     * @return a new array holding one single-object encoded message
     * @throws IllegalArgumentException if the event does not fit the schema (a required field is null, or
     *     {@code conversion.value} has more than 4 decimals)
     */
    public static byte[] encode(Event event) {
        if (event == null) {
            throw new IllegalArgumentException("Cannot encode a null event");
        }
        EncodingState state = ENCODING.get();
        state.buffer.reset();
        state.buffer.write(HEADER, 0, HEADER.length);
        try {
            state.encoder = EncoderFactory.get().directBinaryEncoder(state.buffer, state.encoder);
            WRITER.write(event, state.encoder);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot encode event " + event.getEventId() + ": " + e.getMessage(), e);
        }
        return state.buffer.toByteArray();
    }

    /**
     * Decodes one single-object encoded message written with the current schema or any released version.
     *
     * @return the event, never null
     * @throws EventDecodingException if the bytes are not such a message; its {@link EventDecodingException#reason()}
     *     says why
     */
    public static Event decode(byte[] message) {
        if (message == null || message.length < HEADER_LENGTH) {
            throw new EventDecodingException(Reason.TOO_SHORT,
                    "Not an event: " + (message == null ? "null" : message.length + " bytes") + ", shorter than the "
                            + HEADER_LENGTH + "-byte single-object header", null);
        }
        if (message[0] != MARKER_0 || message[1] != MARKER_1) {
            throw new EventDecodingException(Reason.BAD_MARKER, String.format(
                    "Not an Avro single-object message: starts with 0x%02X 0x%02X instead of 0xC3 0x01",
                    message[0], message[1]), null);
        }
        long fingerprint = fingerprintAt(message);
        DatumReader<Event> reader = READERS.get(fingerprint);
        if (reader == null) {
            throw new EventDecodingException(Reason.UNKNOWN_SCHEMA, String.format(
                    "Unknown event schema fingerprint %016x: neither the current schema nor a released version known "
                            + "to this build (is the reader older than the writer's schema release?)", fingerprint), null);
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(message, HEADER_LENGTH, message.length - HEADER_LENGTH, DECODER.get());
        DECODER.set(decoder);
        Event event;
        try {
            event = reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new EventDecodingException(Reason.MALFORMED_BODY,
                    String.format("Malformed event body (schema %016x, %d bytes): %s", fingerprint, message.length, e), e);
        }
        try {
            if (!decoder.isEnd()) {
                throw new EventDecodingException(Reason.TRAILING_BYTES, String.format(
                        "Event %s decoded but %d of %d bytes were left over", event.getEventId(),
                        decoder.inputStream().available(), message.length), null);
            }
        } catch (IOException e) {
            throw new EventDecodingException(Reason.MALFORMED_BODY, "Cannot check the end of the event body: " + e, e);
        }
        return event;
    }

    private static long fingerprintAt(byte[] message) {
        long fingerprint = 0;
        for (int i = HEADER_LENGTH - 1; i >= 2; i--) {
            fingerprint = (fingerprint << 8) | (message[i] & 0xFFL);
        }
        return fingerprint;
    }

    private static byte[] header(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        byte[] header = new byte[HEADER_LENGTH];
        header[0] = MARKER_0;
        header[1] = MARKER_1;
        for (int i = 2; i < HEADER_LENGTH; i++) {
            header[i] = (byte) fingerprint;
            fingerprint >>>= 8;
        }
        return header;
    }

    private static Map<Long, DatumReader<Event>> readers(Schema current, List<Schema> released) {
        Map<Long, DatumReader<Event>> readers = new HashMap<>();
        for (Schema writer : released) {
            readers.put(SchemaNormalization.parsingFingerprint64(writer), new SpecificDatumReader<>(writer, current, MODEL));
        }
        readers.put(SchemaNormalization.parsingFingerprint64(current), new SpecificDatumReader<>(current, current, MODEL));
        return Map.copyOf(readers);
    }

    /** One thread's reusable output buffer and Avro encoder. */
    private static final class EncodingState {
        private final GrowableBuffer buffer = new GrowableBuffer();
        private BinaryEncoder encoder;
    }

    /** An unsynchronised {@link java.io.ByteArrayOutputStream} that keeps its array between messages. */
    private static final class GrowableBuffer extends OutputStream {
        private static final int MAX_RETAINED = 64 * 1024;
        private byte[] bytes = new byte[512];
        private int length;

        void reset() {
            if (bytes.length > MAX_RETAINED) {
                bytes = new byte[512];
            }
            length = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        private void ensure(int extra) {
            if (length + extra > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
            }
        }
    }
}
