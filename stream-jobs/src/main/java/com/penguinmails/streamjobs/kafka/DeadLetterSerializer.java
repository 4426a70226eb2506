package com.penguinmails.streamjobs.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes a {@link DeadLetter} to the dead-letter topic: the original key and value unchanged, the original
 * timestamp, and headers saying why and where from.
 *
 * <p>Headers (UTF-8): {@code dlq.reason}, {@code dlq.detail}, {@code dlq.source.topic}, {@code dlq.source.partition},
 * {@code dlq.source.offset}. Source topic, partition and offset identify a dead letter: the dead-letter output is
 * at-least-once, so a consumer should ignore repeats of the same triple.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL_CHARS = 2_000;

    private final String topic;

    /** @param topic the dead-letter topic */
    public DeadLetterSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter letter, KafkaSinkContext context, Long timestamp) {
        KafkaRecord source = letter.record();
        String detail = letter.detail() == null ? "" : letter.detail();
        List<Header> headers = List.of(
                header("dlq.reason", letter.reason()),
                header("dlq.detail", detail.length() > MAX_DETAIL_CHARS ? detail.substring(0, MAX_DETAIL_CHARS) : detail),
                header("dlq.source.topic", source.topic()),
                header("dlq.source.partition", Integer.toString(source.partition())),
                header("dlq.source.offset", Long.toString(source.offset())));
        return new ProducerRecord<>(topic, null, source.timestamp(), source.key(), source.value(), headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
