package com.penguinmails.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.EventDecodingException.Reason;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.Event;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    static Stream<String> types() {
        return EventFixtures.TYPES.stream();
    }

    static Stream<Arguments> releasedFixtures() {
        return IntStream.rangeClosed(1, EventSchemas.released().size()).boxed()
                .flatMap(version -> EventFixtures.TYPES.stream().map(type -> Arguments.of(version, type)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void roundTripsEveryEventType(String type) {
        Event event = EventFixtures.event(EventFixtures.latestVersion(), type);

        Event decoded = EventCodec.decode(EventCodec.encode(event));

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.getType().name()).isEqualTo(type);
    }

    @ParameterizedTest(name = "v{0} {1}")
    @MethodSource("releasedFixtures")
    void decodesBytesWrittenByEveryReleasedVersion(int version, String type) {
        Event decoded = EventCodec.decode(EventFixtures.encoded(version, type));

        assertThat(decoded).isEqualTo(EventFixtures.event(version, type));
    }

    @Test
    void keepsTypeSpecificDetailsThroughTheRoundTrip() {
        Event conversion = EventCodec.decode(EventCodec.encode(EventFixtures.event(1, "conversion")));
        Event bounce = EventCodec.decode(EventCodec.encode(EventFixtures.event(1, "bounce")));

        assertThat(conversion.getConversion().getValue()).isEqualByComparingTo("1250.5");
        assertThat(conversion.getConversion().getCurrency()).isEqualTo("EUR");
        assertThat(conversion.getMessageId()).isNull();
        assertThat(bounce.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(bounce.getBounce().getSmtpCode()).isEqualTo(550);
        assertThat(bounce.getOccurredAt()).isEqualTo("2026-11-25T10:00:00Z");
    }

    @Test
    void readsFieldsAMessageWasWrittenWithoutAsTheirDefaults() {
        Event v1Click = EventCodec.decode(EventFixtures.encoded(1, "click"));
        Event v2Click = EventCodec.decode(EventFixtures.encoded(2, "click"));
        Event v2Open = EventCodec.decode(EventFixtures.encoded(2, "open"));
        Event v3Bounce = EventCodec.decode(EventFixtures.encoded(3, "bounce"));

        assertThat(v1Click.getEngagement().getHoneypot()).isNull();
        assertThat(v1Click.getEnrichment()).isNull();
        assertThat(v2Click.getEngagement().getHoneypot()).isTrue();
        // v2 enrichment has no first_of_type: it reads as false, the rest as written.
        assertThat(v2Open.getEnrichment().getFirstOfMessage()).isTrue();
        assertThat(v2Open.getEnrichment().getFirstOfType()).isFalse();
        assertThat(v3Bounce.getEnrichment().getFirstOfType()).isTrue();
        assertThat(v3Bounce.getEnrichment().getFirstOfMessage()).isFalse();
    }

    @Test
    void startsEveryMessageWithTheMarkerAndTheCurrentSchemaFingerprint() {
        byte[] message = EventCodec.encode(EventFixtures.event(1, "send"));

        long fingerprint = SchemaNormalization.parsingFingerprint64(EventSchemas.current());
        byte[] expectedHeader = new byte[10];
        expectedHeader[0] = (byte) 0xC3;
        expectedHeader[1] = 0x01;
        for (int i = 0; i < 8; i++) {
            expectedHeader[2 + i] = (byte) (fingerprint >>> (8 * i));
        }
        assertThat(Arrays.copyOf(message, 10)).containsExactly(expectedHeader);
    }

    @Test
    void rejectsNullAndTooShortInput() {
        assertDecodingFails(null, Reason.TOO_SHORT);
        assertDecodingFails(new byte[0], Reason.TOO_SHORT);
        assertDecodingFails(new byte[] {(byte) 0xC3, 0x01, 1, 2, 3}, Reason.TOO_SHORT);
    }

    @Test
    void rejectsTextThatIsNotAnAvroMessage() {
        assertDecodingFails("{\"event_id\":\"e-1\",\"type\":\"open\"}".getBytes(), Reason.BAD_MARKER);
    }

    @Test
    void rejectsAMessageOfAnUnknownSchema() {
        byte[] message = EventCodec.encode(EventFixtures.event(1, "open"));
        message[5] ^= 0x5A;

        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOfSatisfying(EventDecodingException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA))
                .hasMessageContaining("Unknown event schema fingerprint");
    }

    @Test
    void rejectsATruncatedBody() {
        byte[] message = EventCodec.encode(EventFixtures.event(1, "click"));

        assertDecodingFails(Arrays.copyOf(message, message.length - 7), Reason.MALFORMED_BODY);
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] message = EventCodec.encode(EventFixtures.event(1, "send"));

        assertDecodingFails(Arrays.copyOf(message, message.length + 3), Reason.TRAILING_BYTES);
    }

    @Test
    void rejectsAGarbageBodyClaimingAHugeStringWithoutAllocatingIt() {
        byte[] header = Arrays.copyOf(EventCodec.encode(EventFixtures.event(1, "send")), 10);
        // zig-zag varint of 2^30: event_id claims to be a 1 GiB string in a 15-byte message.
        byte[] body = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
        byte[] message = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, message, header.length, body.length);

        assertDecodingFails(message, Reason.MALFORMED_BODY);
    }

    @Test
    void failsOnlyWithTheDecodingExceptionOnRandomBytesBehindAValidHeader() {
        byte[] header = Arrays.copyOf(EventCodec.encode(EventFixtures.event(1, "send")), 10);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] message = Arrays.copyOf(header, 10 + 1 + random.nextInt(60));
            byte[] noise = new byte[message.length - 10];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, message, 10, noise.length);
            try {
                assertThat(EventCodec.decode(message)).isNotNull();
            } catch (EventDecodingException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void refusesToEncodeAnEventThatDoesNotFitTheSchema() {
        Event withoutId = Event.newBuilder(EventFixtures.event(1, "send")).build();
        withoutId.setEventId(null);
        Event tooPrecise = withConversionValue(new BigDecimal("10.12345"));

        assertThatThrownBy(() -> EventCodec.encode(withoutId)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.encode(tooPrecise))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e-conversion");
        assertThatThrownBy(() -> EventCodec.encode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void widensAConversionValueWithFewerDecimalsToScaleFour() {
        Event decoded = EventCodec.decode(EventCodec.encode(withConversionValue(new BigDecimal("10.5"))));

        assertThat(decoded.getConversion().getValue()).isEqualTo(new BigDecimal("10.5000"));
    }

    @Test
    void encodesAndDecodesConcurrentlyWithoutMixingUpMessages() throws Exception {
        List<Event> events = EventFixtures.TYPES.stream().map(type -> EventFixtures.event(1, type)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                int offset = worker;
                tasks.add(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        Event event = events.get((i + offset) % events.size());
                        if (!EventCodec.decode(EventCodec.encode(event)).equals(event)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Event withConversionValue(BigDecimal value) {
        return Event.newBuilder(EventFixtures.event(1, "conversion"))
                .setConversion(ConversionDetails.newBuilder().setConversionType("deal_won")
                        .setValue(value).setCurrency("USD").build())
                .build();
    }

    private static void assertDecodingFails(byte[] message, Reason reason) {
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
