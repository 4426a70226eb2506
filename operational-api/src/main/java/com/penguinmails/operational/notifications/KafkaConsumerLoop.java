package com.penguinmails.operational.notifications;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one Kafka topic on its own thread with at-least-once handling: each polled batch is handed to the handler,
 * and its offsets are committed only after the handler returned (its database transaction committed). When the
 * handler fails, the consumer rewinds to the last committed offsets and tries the batch again after a pause, so
 * handlers must be idempotent.
 */
public final class KafkaConsumerLoop implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

    private final String name;
    private final Map<String, Object> properties;
    private final String topic;
    private final Consumer<ConsumerRecords<byte[], byte[]>> handler;
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /**
     * @param properties consumer properties (group, bootstrap servers, no auto-commit)
     * @param handler handles one batch; throws to have it redelivered
     */
    public KafkaConsumerLoop(String name, Map<String, Object> properties, String topic,
            Consumer<ConsumerRecords<byte[], byte[]>> handler) {
        this.name = name;
        this.properties = new HashMap<>(properties);
        this.properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        this.topic = topic;
        this.handler = handler;
    }

    @Override
    public synchronized void start() {
        consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(30).toMillis());
            thread = null;
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    handler.accept(records);
                    consumer.commitSync();
                } catch (RuntimeException e) {
                    LOG.warn("{}: a batch of {} records failed, retrying it: {}", name, records.count(), e.toString());
                    rewind();
                    Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.warn("{}: woken up while running", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void rewind() {
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset);
            }
        }
    }
}
