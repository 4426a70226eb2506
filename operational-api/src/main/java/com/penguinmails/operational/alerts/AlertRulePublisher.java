package com.penguinmails.operational.alerts;

import java.nio.charset.StandardCharsets;
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
import org.jdbi.v3.core.Jdbi;

/**
 * Publishes the outbox of rule changes to {@code control.alert-rules} (key = rule id, value = rule JSON or a
 * tombstone), oldest first. A batch is marked published only after Kafka acknowledged every record of it; a failure
 * (Kafka down) rolls the batch back and it is sent again later, so no change is lost or overtaken: at worst a record
 * is published twice, which is harmless because a rule record is its whole latest state.
 *
 * <p>A PostgreSQL advisory lock held for the batch's transaction lets only one service instance publish at a time, so
 * instances never interleave one rule's versions.
 */
public final class AlertRulePublisher {

    /** The advisory lock key of the publisher (an arbitrary constant shared by every instance). */
    static final long LOCK_KEY = 0x7065_6e67_7275_6c65L;

    private static final int BATCH = 200;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final Jdbi jdbi;
    private final AlertRuleOutbox outbox;
    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public AlertRulePublisher(Jdbi jdbi, AlertRuleOutbox outbox, Producer<byte[], byte[]> producer, String topic) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.producer = producer;
        this.topic = topic;
    }

    /**
     * Publishes one batch of pending changes.
     *
     * @return how many changes were published (0 when none waited or another instance holds the lock)
     * @throws IllegalStateException when Kafka did not acknowledge the batch
     */
    public int publishPending() {
        return jdbi.inTransaction(handle -> {
            boolean locked = handle.createQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .bind("key", LOCK_KEY).mapTo(Boolean.class).one();
            if (!locked) {
                return 0;
            }
            List<AlertRuleOutbox.Entry> entries = outbox.pending(handle, BATCH);
            if (entries.isEmpty()) {
                outbox.purgePublished(handle);
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (AlertRuleOutbox.Entry entry : entries) {
                byte[] value = entry.payload() == null ? null : entry.payload().getBytes(StandardCharsets.UTF_8);
                acks.add(producer.send(new ProducerRecord<>(topic, entry.ruleId().getBytes(StandardCharsets.UTF_8),
                        value)));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                await(ack);
            }
            outbox.markPublished(handle, entries);
            return entries.size();
        });
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an alert rule record: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge an alert rule record within " + ACK_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing alert rules", e);
        }
    }
}
