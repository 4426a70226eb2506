package com.penguinmails.ingestion.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventDecodingException;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpooledEventRecordTest {

    private static final Event EVENT = Event.newBuilder()
            .setEventId("e-1")
            .setTenantId("acme")
            .setType(EventType.open)
            .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z"))
            .setReceivedAt(Instant.parse("2026-11-25T10:00:01Z"))
            .setMessageId("m-ü")
            .build();

    @Test
    void aKeyedPayloadGivesBackItsKeyAndTheValueByteForByte() {
        byte[] key = EventRecordKey.of(EVENT);
        byte[] value = EventCodec.encode(EVENT);

        byte[] payload = SpooledEventRecord.payload(key, value);
        SpooledEventRecord parsed = SpooledEventRecord.parse(payload);

        assertThat(payload[0]).isEqualTo(SpooledEventRecord.KEYED_V1);
        assertThat(parsed.key()).isEqualTo("acme/m-ü".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(EventCodec.decode(parsed.value())).isEqualTo(EVENT);
    }

    @Test
    void aBareValueSpooledBeforeTheKeyedLayoutGetsTheKeyOfItsEvent() {
        byte[] bare = EventCodec.encode(EVENT);

        SpooledEventRecord parsed = SpooledEventRecord.parse(bare);

        assertThat(parsed.key()).isEqualTo(EventRecordKey.of(EVENT));
        assertThat(parsed.value()).isEqualTo(bare);
    }

    @Test
    void anEmptyKeyAndAnEmptyValueSurvive() {
        SpooledEventRecord parsed = SpooledEventRecord.parse(SpooledEventRecord.payload(new byte[0], new byte[] {7}));

        assertThat(parsed.key()).isEmpty();
        assertThat(parsed.value()).containsExactly(7);
    }

    @Test
    void aPayloadInNeitherLayoutIsRefusedAsNotAnEvent() {
        assertThatThrownBy(() -> SpooledEventRecord.parse(new byte[] {0x01, 0x7F, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7}))
                .isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> SpooledEventRecord.parse("not an event".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDecodingException.class);
    }
}
