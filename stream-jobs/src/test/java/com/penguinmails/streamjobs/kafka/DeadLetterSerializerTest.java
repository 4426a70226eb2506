package com.penguinmails.streamjobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterSerializerTest {

    private static final byte[] KEY = "t-acme/m-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {(byte) 0xC3, 0x01, 0x00};

    @Test
    void keepsKeyValueAndTimestampAndExplainsInHeaders() {
        DeadLetter letter = new DeadLetter(new KafkaRecord("events.raw", 3, 1234, 99L, KEY, VALUE),
                "TOO_SHORT", "Not an event: 3 bytes");

        ProducerRecord<byte[], byte[]> record = new DeadLetterSerializer("events.dlq").serialize(letter, null, null);

        assertThat(record.topic()).isEqualTo("events.dlq");
        assertThat(record.key()).isEqualTo(KEY);
        assertThat(record.value()).isEqualTo(VALUE);
        assertThat(record.timestamp()).isEqualTo(99L);
        assertThat(header(record, "dlq.reason")).isEqualTo("TOO_SHORT");
        assertThat(header(record, "dlq.detail")).isEqualTo("Not an event: 3 bytes");
        assertThat(header(record, "dlq.source.topic")).isEqualTo("events.raw");
        assertThat(header(record, "dlq.source.partition")).isEqualTo("3");
        assertThat(header(record, "dlq.source.offset")).isEqualTo("1234");
    }

    @Test
    void keepsTombstonesAndCutsLongDetails() {
        DeadLetter letter = new DeadLetter(new KafkaRecord("events.raw", 0, 1, 5L, null, null),
                "TOO_SHORT", "x".repeat(10_000));

        ProducerRecord<byte[], byte[]> record = new DeadLetterSerializer("events.dlq").serialize(letter, null, null);

        assertThat(record.key()).isNull();
        assertThat(record.value()).isNull();
        assertThat(header(record, "dlq.detail")).hasSize(2_000);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
