package com.penguinmails.operational.health;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes health alerts to the Kafka topic {@code alerts} (key = alert id), waiting for the acknowledgement. */
public final class KafkaHealthAlertPublisher implements HealthAlertPublisher {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Duration timeout;

    public KafkaHealthAlertPublisher(Producer<byte[], byte[]> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    @Override
    public void publish(HealthAlert alert) {
        try {
            producer.send(new ProducerRecord<>(topic, alert.alertId().getBytes(StandardCharsets.UTF_8),
                    alert.json().getBytes(StandardCharsets.UTF_8))).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("health alert " + alert.alertId() + " not published: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + alert.alertId(), e);
        }
    }
}
