package com.penguinmails.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NullableUnionDatumWriterTest {

    private static final SpecificData MODEL = SpecificData.getForClass(Event.class);

    static Stream<String> types() {
        return EventFixtures.TYPES.stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void writesTheSameBytesAsAvrosOwnWriterForEveryEventType(String type) {
        Event event = EventFixtures.event(EventFixtures.latestVersion(), type);

        assertThat(body(new NullableUnionDatumWriter<>(Event.getClassSchema(), MODEL), event))
                .isEqualTo(body(new SpecificDatumWriter<>(Event.getClassSchema(), MODEL), event));
    }

    @Test
    void writesTheSameBytesAsAvrosOwnWriterWhenOptionalFieldsAreMixedNullAndSet() {
        EngagementDetails engagement = new EngagementDetails();
        engagement.setIp("203.0.113.9");
        engagement.setUrl("https://acme.io/pricing?utm=x");
        engagement.setLinkIndex(3);
        engagement.setHoneypot(false);
        Event event = Event.newBuilder()
                .setEventId("e-mixed")
                .setTenantId("acme")
                .setType(EventType.click)
                .setOccurredAt(Instant.parse("2026-11-26T10:00:00.123Z"))
                .setReceivedAt(Instant.parse("2026-11-26T10:00:00.456Z"))
                .setMessageId("m-1")
                .setSequenceStep(2)
                .setEngagement(engagement)
                .build();

        byte[] written = body(new NullableUnionDatumWriter<>(Event.getClassSchema(), MODEL), event);

        assertThat(written).isEqualTo(body(new SpecificDatumWriter<>(Event.getClassSchema(), MODEL), event));
        assertThat(EventCodec.decode(EventCodec.encode(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theCodecWritesTheFrozenBytesOfTheLatestRelease(String type) {
        int latest = EventFixtures.latestVersion();
        Schema released = EventSchemas.released().get(latest - 1);
        assumeThat(SchemaNormalization.parsingFingerprint64(released))
                .as("the current schema is the latest release")
                .isEqualTo(SchemaNormalization.parsingFingerprint64(EventSchemas.current()));

        assertThat(EventCodec.encode(EventFixtures.event(latest, type))).isEqualTo(EventFixtures.encoded(latest, type));
    }

    private static byte[] body(DatumWriter<Event> writer, Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(event, encoder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
