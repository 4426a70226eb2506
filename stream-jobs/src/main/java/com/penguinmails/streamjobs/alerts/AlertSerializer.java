package com.penguinmails.streamjobs.alerts;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes an {@link Alert} to the topic {@code alerts}: key = alert id (UTF-8), so the firing and the resolved record
 * of one episode share a partition and stay in order; value = {@link AlertJson}.
 */
public final class AlertSerializer implements KafkaRecordSerializationSchema<Alert> {

    private static final long serialVersionUID = 1L;

    private final String topic;

    /** @param topic the alerts topic */
    public AlertSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, alert.alertId().getBytes(StandardCharsets.UTF_8), AlertJson.toBytes(alert));
    }
}
