package com.penguinmails.ingestion.kafka;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.events.EventPublisher;
import com.penguinmails.ingestion.events.PublishFailedException;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes events as Avro records to one Kafka topic and waits until the broker acknowledged every one of them.
 *
 * <p>A send that fails at once (no metadata or buffer space within {@code max.block.ms}) stops the batch, so a cluster
 * that is down costs one blocking period per request, not one per event. Thread-safe: the producer is shared by all
 * requests; closed when the application stops.
 */
public final class KafkaEventPublisher implements EventPublisher, Managed {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Duration acknowledgementDeadline;

    /**
     * @param acknowledgementDeadline how long {@link #publish} waits at most, from its start, for all acknowledgements;
     *     at least the producer's {@code max.block.ms + delivery.timeout.ms}, within which Kafka settles every record
     */
    public KafkaEventPublisher(Producer<byte[], byte[]> producer, String topic, Duration acknowledgementDeadline) {
        this.producer = producer;
        this.topic = topic;
        this.acknowledgementDeadline = acknowledgementDeadline;
    }

    @Override
    public void publish(List<Event> events) throws PublishFailedException {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(events.size());
        for (Event event : events) {
            records.add(record(event));
        }
        send(records, acknowledgementDeadline);
    }

    /** The topic events are sent to. */
    public String topic() {
        return topic;
    }

    /** The record of {@code event} on this publisher's topic: its {@link EventRecordKey} and its Avro encoding. */
    public ProducerRecord<byte[], byte[]> record(Event event) {
        return new ProducerRecord<>(topic, EventRecordKey.of(event), EventCodec.encode(event));
    }

    /**
     * Sends {@code records} in order and waits until the broker acknowledged every one of them.
     *
     * @param deadline how long to wait at most, from the start, for all acknowledgements; a send that blocks on
     *     metadata or buffer space is bounded by the producer's {@code max.block.ms} instead
     * @throws PublishFailedException if a record failed, or not all were acknowledged in time (those may still be
     *     delivered later by the producer)
     */
    public void send(List<ProducerRecord<byte[], byte[]>> records, Duration deadline) throws PublishFailedException {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<byte[], byte[]> record : records) {
                Future<RecordMetadata> acknowledgement = producer.send(record);
                if (acknowledgement.isDone()) {
                    acknowledgement.get();
                }
                acknowledgements.add(acknowledgement);
            }
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka did not store an event: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge the events within "
                    + deadline.toMillis() + " ms", e);
        } catch (KafkaException e) {
            throw new PublishFailedException("Kafka refused an event: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        }
    }

    @Override
    public void stop() {
        producer.close(CLOSE_TIMEOUT);
    }
}
