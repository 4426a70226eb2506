package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.kafka.DeadLetter;
import com.penguinmails.streamjobs.kafka.KafkaRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodeEventsFunctionTest {

    private static final byte[] KEY = "t-acme/m-1".getBytes(StandardCharsets.UTF_8);

    private OneInputStreamOperatorTestHarness<KafkaRecord, Event> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new DecodeEventsFunction());
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void decodesEveryEventType() throws Exception {
        List<Event> events = EventFixtures.everyType("d");
        for (int i = 0; i < events.size(); i++) {
            harness.processElement(record(i, EventCodec.encode(events.get(i))), i);
        }

        assertThat(harness.extractOutputValues()).containsExactlyElementsOf(events);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void sendsBytesThatAreNotAnEventToDeadLettersWithTheReason() throws Exception {
        KafkaRecord garbage = record(7, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
        KafkaRecord tombstone = record(8, null);
        byte[] valid = EventCodec.encode(EventFixtures.send("e-1"));
        KafkaRecord truncated = record(9, Arrays.copyOf(valid, valid.length - 5));

        harness.processElement(garbage, 1);
        harness.processElement(tombstone, 2);
        harness.processElement(truncated, 3);

        assertThat(harness.extractOutputValues()).isEmpty();
        List<DeadLetter> letters = deadLetters();
        assertThat(letters).extracting(DeadLetter::reason).containsExactly("BAD_MARKER", "TOO_SHORT", "MALFORMED_BODY");
        assertThat(letters.get(0).record().position()).isEqualTo(garbage.position());
        assertThat(letters.get(0).record().value()).isEqualTo(garbage.value());
        assertThat(letters.get(0).record().key()).isEqualTo(KEY);
        assertThat(letters).allSatisfy(letter -> assertThat(letter.detail()).isNotBlank());
    }

    @Test
    void sendsEventsTheTableCannotHoldToDeadLetters() throws Exception {
        Event tooManySteps = Event.newBuilder(EventFixtures.send("e-2")).setSequenceStep(100_000).build();

        harness.processElement(record(1, EventCodec.encode(tooManySteps)), 1);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(DecodeEventsFunction.UNREPRESENTABLE);
            assertThat(letter.detail()).contains("e-2").contains("sequence_step");
        });
    }

    @Test
    void keepsGoingAfterADeadLetter() throws Exception {
        harness.processElement(record(1, new byte[] {1, 2, 3}), 1);
        harness.processElement(record(2, EventCodec.encode(EventFixtures.open("e-3"))), 2);

        assertThat(harness.extractOutputValues()).extracting(Event::getEventId).containsExactly("e-3");
        assertThat(deadLetters()).hasSize(1);
    }

    private List<DeadLetter> deadLetters() {
        var side = harness.getSideOutput(DecodeEventsFunction.DEAD_LETTERS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    private static KafkaRecord record(long offset, byte[] value) {
        return new KafkaRecord("events.raw", 0, offset, 1_000L, KEY, value);
    }
}
