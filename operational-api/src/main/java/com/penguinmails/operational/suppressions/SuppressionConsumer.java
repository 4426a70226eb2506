package com.penguinmails.operational.suppressions;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.Event;
import com.penguinmails.operational.privacy.ContactHash;
import com.penguinmails.operational.privacy.ErasureDao;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the suppression lists from {@code events.raw} (consumer group {@value #GROUP}): hard bounces, complaints and
 * unsubscribes suppress their contact ({@link SuppressionReason#of}). Each polled batch is written in one transaction,
 * and the offsets are committed only after it commits, so a crash replays the batch, which the upsert makes harmless.
 * Records that do not decode are skipped (the stream job dead-letters them); a database failure stops the batch
 * uncommitted and it is polled again after a pause. Events of an erased contact suppress it by hash only.
 */
public final class SuppressionConsumer implements Managed, Runnable {

    /** The consumer group. */
    public static final String GROUP = "operational-suppressions";

    private static final Logger LOG = LoggerFactory.getLogger(SuppressionConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final Map<String, Object> consumerProperties;
    private final Jdbi jdbi;
    private final SuppressionDao suppressions;
    private final ErasureDao erasures;
    private final AtomicBoolean running = new AtomicBoolean();
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /** @param consumerProperties the Kafka consumer's properties (bootstrap servers, group, no auto commit) */
    public SuppressionConsumer(Map<String, Object> consumerProperties, Jdbi jdbi, SuppressionDao suppressions,
            ErasureDao erasures) {
        this.consumerProperties = Map.copyOf(consumerProperties);
        this.jdbi = jdbi;
        this.suppressions = suppressions;
        this.erasures = erasures;
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running.set(true);
        thread = new Thread(this, "suppressions-from-events");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.EVENTS_RAW));
            while (running.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    jdbi.useTransaction(handle -> {
                        for (ConsumerRecord<byte[], byte[]> record : records) {
                            decode(record).ifPresent(event -> SuppressionReason.of(event)
                                    .ifPresent(reason -> suppress(handle, event, reason)));
                        }
                    });
                    consumer.commitSync();
                } catch (RuntimeException e) {
                    LOG.warn("could not store suppressions from {} events; retrying the batch", records.count(), e);
                    rewind(records);
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // stop() was called.
        } finally {
            consumer.close();
        }
    }

    private void suppress(Handle handle, Event event, SuppressionReason reason) {
        String hash = ContactHash.of(event.getContactId());
        if (erasures.isErased(handle, event.getTenantId(), hash)) {
            suppressions.suppressErasedFromEvent(handle, event.getTenantId(), hash, reason, event.getOccurredAt());
        } else {
            suppressions.suppressFromEvent(handle, event.getTenantId(), event.getContactId(), reason,
                    event.getEventId(), event.getOccurredAt());
        }
    }

    private Optional<Event> decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return Optional.of(EventCodec.decode(record.value()));
        } catch (RuntimeException e) {
            LOG.warn("skipping an undecodable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
    }

    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        records.partitions().forEach(partition ->
                consumer.seek(partition, records.records(partition).get(0).offset()));
    }
}
