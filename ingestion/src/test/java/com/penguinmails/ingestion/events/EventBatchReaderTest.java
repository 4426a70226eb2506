package com.penguinmails.ingestion.events;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.ndjson;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static com.penguinmails.ingestion.events.SampleEvents.openWithoutIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.v1.Event;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBatchReaderTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-25T10:00:05.123Z");

    private final EventBatchReader reader = new EventBatchReader(64 * 1024, 5);

    @Test
    void readsAJsonArrayGivingEveryEventTheCallersTenantAndReceiptTime() throws Exception {
        EventBatch batch = read(BodyFormat.JSON_ARRAY, array(open("e-1", "m-1"), open("e-2", "m-2")));

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.accepted()).extracting(Event::getEventId).containsExactly("e-1", "e-2");
        assertThat(batch.accepted()).allSatisfy(event -> {
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getReceivedAt()).isEqualTo(RECEIVED_AT);
        });
    }

    @Test
    void sortsValidFromInvalidItemsKeepingTheirIndex() throws Exception {
        EventBatch batch = read(BodyFormat.JSON_ARRAY,
                array(open("e-1", "m-1"), openWithoutIds("e-2"), "42", open("e-4", "m-4")));

        assertThat(batch.size()).isEqualTo(4);
        assertThat(batch.accepted()).extracting(Event::getEventId).containsExactly("e-1", "e-4");
        assertThat(batch.rejected()).containsExactly(
                new Rejection(1, List.of("message_id is required for type open", "contact_id is required for type open")),
                new Rejection(2, List.of("an event must be a JSON object, got an integer")));
    }

    @Test
    void readsNdjsonIgnoringBlankLines() throws Exception {
        String body = "\n" + open("e-1", "m-1") + "\n\n  \r\n" + openWithoutIds("e-2") + "\r\n" + open("e-3", "m-3");

        EventBatch batch = read(BodyFormat.NDJSON, body);

        assertThat(batch.accepted()).extracting(Event::getEventId).containsExactly("e-1", "e-3");
        assertThat(batch.rejected()).extracting(Rejection::index).containsExactly(1);
    }

    @Test
    void ndjsonWithTwoValuesOnOneLineIsMalformed() {
        assertThatThrownBy(() -> read(BodyFormat.NDJSON, open("e-1", "m-1") + "\n" + open("e-2", "m-2") + " {}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("malformed JSON at line 2, column ")
                .hasMessageEndingWith(": a second JSON value starts on the same line: NDJSON takes one event per line");
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        String body = "[\n" + open("e-1", "m-1") + ",\n{\"event_id\": \"e-2\",, }\n]";

        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, body))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("malformed JSON at line 3, column 20: Unexpected character (','");
    }

    @Test
    void aTruncatedBodyIsMalformed() {
        String body = array(open("e-1", "m-1"), open("e-2", "m-2"));

        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, body.substring(0, body.length() - 20)))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("Unexpected end-of-input");
    }

    @Test
    void aJsonBodyMustBeAnArray() {
        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, open("e-1", "m-1")))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("malformed JSON at line 1, column 1: an application/json body must be a JSON array of events, "
                        + "found an object (send one event as [ {...} ], or use application/x-ndjson)");
    }

    @Test
    void contentAfterTheArrayIsMalformed() {
        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, array(open("e-1", "m-1")) + " []"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageEndingWith("unexpected an array after the array");
    }

    @Test
    void anEmptyBodyIsMalformedButAnEmptyArrayIsAnEmptyBatch() throws Exception {
        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, "  "))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("the body is empty: send a JSON array of events");
        assertThat(read(BodyFormat.JSON_ARRAY, "[]").size()).isZero();
        assertThat(read(BodyFormat.NDJSON, "\n\n").size()).isZero();
    }

    @Test
    void duplicateFieldNamesAreMalformed() {
        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, "[{\"event_id\":\"a\",\"event_id\":\"b\"}]"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("Duplicate field 'event_id'");
    }

    @Test
    void deeplyNestedItemsAreMalformed() {
        String deep = "[".repeat(40) + "]".repeat(40);

        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, "[" + deep + "]"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void moreEventsThanTheLimitAreTooLarge() {
        String six = array(open("e-1", "m"), open("e-2", "m"), open("e-3", "m"), open("e-4", "m"), open("e-5", "m"),
                open("e-6", "m"));

        assertThatThrownBy(() -> read(BodyFormat.JSON_ARRAY, six))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("the body holds more than 5 events, the limit per request");
    }

    @Test
    void aBodyOverTheByteLimitIsStoppedWhileStreaming() {
        EventBatchReader small = new EventBatchReader(1000, 10_000);
        CountingEndlessArray endless = new CountingEndlessArray(open("e", "m"));

        assertThatThrownBy(() -> small.read(endless, BodyFormat.JSON_ARRAY, "acme", RECEIVED_AT))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("the body is larger than the limit of 1000 bytes");
        assertThat(endless.bytesServed).isLessThan(1000 + 16 * 1024);
    }

    private EventBatch read(BodyFormat format, String body) throws MalformedBodyException, IOException {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format, "acme", RECEIVED_AT);
    }

    /** An array that never ends, counting how much of it was read. */
    private static final class CountingEndlessArray extends InputStream {

        private final byte[] item;
        private long bytesServed;

        CountingEndlessArray(String item) {
            this.item = (item + ",").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long position = bytesServed++;
            return position == 0 ? '[' : item[(int) ((position - 1) % item.length)];
        }
    }
}
