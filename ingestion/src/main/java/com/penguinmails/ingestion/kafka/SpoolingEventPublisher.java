package com.penguinmails.ingestion.kafka;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventDecodingException;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.events.EventPublisher;
import com.penguinmails.ingestion.events.PublishFailedException;
import com.penguinmails.ingestion.spool.Spool;
import com.penguinmails.ingestion.spool.SpoolBatch;
import com.penguinmails.ingestion.spool.SpoolFullException;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores events on Kafka when it answers in time, and otherwise in the local {@link Spool}, from which a background
 * replayer sends them to Kafka in order once it is back.
 *
 * <p>Modes: <b>direct</b> (the spool is empty; a publish waits for Kafka's acknowledgement, at most
 * {@code kafkaTimeout}) and <b>spooling</b> (Kafka failed or timed out, or the spool still holds events; a publish
 * appends to the spool and returns once the append is durable, never waiting for Kafka). While anything is spooled,
 * every new event is spooled behind it, so events of one key reach Kafka in the order they were published. The replayer
 * sends the oldest spooled batch, waits for every acknowledgement (the producer settles each record within its delivery
 * timeout), then stores the replay position; after a failure it waits {@code probeInterval} and tries again. When the
 * spool is drained it switches back to direct mode, atomically with respect to appends. {@link #forTracking} gives the
 * publisher of the tracking endpoints, which always appends to the spool and leaves the forwarding to the replayer.
 *
 * <p>{@link #publish} fails with {@link PublishFailedException} only when an event can go neither to Kafka nor to the
 * spool (full, or failing to write), or when Kafka refuses it for good (too large): such a failure is not an outage. A request that timed out waiting for Kafka leaves its records in the producer,
 * which may still deliver them besides the spooled copies; downstream deduplicates by {@code (tenant_id, event_id)}.
 *
 * <p>Metrics: gauges {@code ingestion.spool.spooling} (1 while spooling), {@code .pendingRecords},
 * {@code .pendingBytes} (the replay lag), {@code .fileBytes}; meters {@code ingestion.spool.spooled},
 * {@code .replayed}, {@code .replayedBatches} (Kafka sends of the replayer), {@code .refused} (events refused because the spool could not take them),
 * {@code .undeliverable} (spooled records Kafka refused for good, e.g. too large, skipped and logged).
 */
public final class SpoolingEventPublisher implements EventPublisher, Managed {

    private static final Logger LOG = LoggerFactory.getLogger(SpoolingEventPublisher.class);
    private static final int REPLAY_BATCH_BYTES = 8 * 1024 * 1024;
    private static final long IDLE_WAIT_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long DRAIN_POLL_NANOS = Duration.ofMillis(10).toNanos();
    /** During a long outage, one warning per this many failed attempts is enough. */
    private static final int FAILURES_PER_LOG = 30;
    private static final long NOT_YET_DURABLE_WAIT_NANOS = Duration.ofMillis(2).toNanos();

    private final KafkaEventPublisher kafka;
    private final Spool spool;
    private final Duration kafkaTimeout;
    private final Duration replayDeadline;
    private final Duration probeInterval;
    private final int replayBatchRecords;
    private final Meter spooled;
    private final Meter replayed;
    private final Meter replayedBatches;
    private final Meter refused;
    private final Meter undeliverable;

    /** Appends hold the read side; switching back to direct mode holds the write side. */
    private final ReentrantReadWriteLock modeLock = new ReentrantReadWriteLock();
    private volatile boolean direct;
    private volatile boolean kafkaDown;
    private volatile boolean running;
    /** Set while the replayer waits for appends, so that only then an append wakes it. */
    private volatile boolean replayerIdle;
    private Thread replayer;

    /**
     * @param kafka sends to the events topic; stopped with this publisher
     * @param spool where events wait while Kafka cannot take them; closed with this publisher
     * @param kafkaTimeout how long a publish waits for Kafka before it spools instead
     * @param replayDeadline how long the replayer waits at most for one batch's acknowledgements (at least the
     *     producer's {@code max.block.ms + delivery.timeout.ms}, so the producer has settled every record by then)
     * @param probeInterval how long the replayer waits after a failure before it tries Kafka again
     * @param replayBatchRecords most records per replayed batch
     */
    public SpoolingEventPublisher(KafkaEventPublisher kafka, Spool spool, Duration kafkaTimeout, Duration replayDeadline,
            Duration probeInterval, int replayBatchRecords, MetricRegistry metrics) {
        this.kafka = kafka;
        this.spool = spool;
        this.kafkaTimeout = kafkaTimeout;
        this.replayDeadline = replayDeadline;
        this.probeInterval = probeInterval;
        this.replayBatchRecords = replayBatchRecords;
        this.direct = spool.pendingRecords() == 0;
        this.spooled = metrics.meter("ingestion.spool.spooled");
        this.replayed = metrics.meter("ingestion.spool.replayed");
        this.replayedBatches = metrics.meter("ingestion.spool.replayedBatches");
        this.refused = metrics.meter("ingestion.spool.refused");
        this.undeliverable = metrics.meter("ingestion.spool.undeliverable");
        metrics.gauge("ingestion.spool.spooling", () -> (Gauge<Integer>) () -> direct ? 0 : 1);
        metrics.gauge("ingestion.spool.pendingRecords", () -> (Gauge<Long>) spool::pendingRecords);
        metrics.gauge("ingestion.spool.pendingBytes", () -> (Gauge<Long>) spool::pendingBytes);
        metrics.gauge("ingestion.spool.fileBytes", () -> (Gauge<Long>) spool::fileBytes);
    }

    @Override
    public void publish(List<Event> events) throws PublishFailedException {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(events.size());
        for (Event event : events) {
            records.add(kafka.record(event));
        }
        if (direct) {
            try {
                kafka.send(records, kafkaTimeout);
                return;
            } catch (PublishFailedException e) {
                if (isRefusedForGood(e)) {
                    throw e;
                }
                kafkaFailed(e);
            }
        }
        List<byte[]> payloads = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            payloads.add(SpooledEventRecord.payload(record.key(), record.value()));
        }
        appendToSpool(payloads, true);
    }

    /**
     * The publisher for the tracking endpoints, which must answer fast whatever Kafka does: with {@code KAFKA} this
     * publisher itself; otherwise one whose {@code publish} appends the events to the spool and returns once they are
     * forced to the device or written to the operating system, as {@code durability} says, never waiting for Kafka.
     * The replayer forwards them to Kafka in spool order, in large batches; anything published directly meanwhile goes
     * behind them, as in spooling mode.
     */
    public EventPublisher forTracking(TrackingDurability durability) {
        return switch (durability) {
            case KAFKA -> this;
            case SPOOL_FORCED -> events -> appendToSpool(encode(events), true);
            case SPOOL_WRITTEN -> events -> appendToSpool(encode(events), false);
        };
    }

    /** The spool payloads of {@code events}, each with its Kafka key, so the replayer needs not decode them. */
    private static List<byte[]> encode(List<Event> events) {
        List<byte[]> payloads = new ArrayList<>(events.size());
        for (Event event : events) {
            payloads.add(SpooledEventRecord.payload(EventRecordKey.of(event), EventCodec.encode(event)));
        }
        return payloads;
    }

    private void appendToSpool(List<byte[]> values, boolean forced) throws PublishFailedException {
        modeLock.readLock().lock();
        try {
            if (forced) {
                spool.append(values);
            } else {
                spool.appendWritten(values);
            }
            direct = false;
        } catch (SpoolFullException e) {
            refused.mark(values.size());
            throw new PublishFailedException("the events could not be stored: the spool is full: " + e.getMessage(), e);
        } catch (IOException e) {
            refused.mark(values.size());
            throw new PublishFailedException("the events could not be stored: the spool failed: " + e.getMessage(), e);
        } finally {
            modeLock.readLock().unlock();
        }
        spooled.mark(values.size());
        // Only an idle replayer needs waking; unparking it while it waits for Kafka would just cost it a spurious wake-up.
        Thread thread = replayer;
        if (thread != null && replayerIdle) {
            LockSupport.unpark(thread);
        }
    }

    private void kafkaFailed(PublishFailedException e) {
        direct = false;
        if (!kafkaDown) {
            kafkaDown = true;
            LOG.warn("Kafka did not take events ({}); spooling to {} until it is back", e.getMessage(), spool.directory());
        }
    }

    /** Whether publishes currently go to Kafka (true) or to the spool (false). */
    public boolean isDirect() {
        return direct;
    }

    /** Whether the last attempt to reach Kafka failed. */
    public boolean isKafkaDown() {
        return kafkaDown;
    }

    /** The spool behind this publisher, for health checks and metrics. */
    public Spool spool() {
        return spool;
    }

    @Override
    public void start() {
        running = true;
        replayer = new Thread(this::replayUntilStopped, "spool-replayer");
        replayer.setDaemon(true);
        replayer.start();
        if (!direct) {
            LOG.info("Spool {} holds {} events from an earlier run; replaying them before new events go to Kafka "
                    + "directly", spool.directory(), spool.pendingRecords());
        }
    }

    /**
     * While Kafka is up, gives the replayer up to the replay deadline to forward what is spooled (a graceful stop
     * leaves nothing behind that Kafka could take); then lets it finish the batch it is sending (so it is not sent
     * twice after a restart) and closes the producer and the spool. What is still spooled is replayed at the next start.
     */
    @Override
    public void stop() throws Exception {
        long drainUntil = System.nanoTime() + replayDeadline.toNanos();
        while (running && !kafkaDown && spool.pendingRecords() > 0 && System.nanoTime() < drainUntil) {
            LockSupport.parkNanos(DRAIN_POLL_NANOS);
        }
        running = false;
        Thread thread = replayer;
        if (thread != null) {
            LockSupport.unpark(thread);
            thread.join(replayDeadline.toMillis() + 5_000);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        }
        try {
            kafka.stop();
        } finally {
            spool.close();
        }
    }

    private void replayUntilStopped() {
        long failedAttempts = 0;
        while (running) {
            try {
                if (spool.pendingRecords() == 0) {
                    if (!direct) {
                        switchToDirectIfDrained();
                    }
                    replayerIdle = true;
                    // An append after the check above sees replayerIdle and wakes us; one before it is seen here.
                    if (spool.pendingRecords() == 0) {
                        LockSupport.parkNanos(IDLE_WAIT_NANOS);
                    }
                    replayerIdle = false;
                    continue;
                }
                SpoolBatch batch = spool.read(replayBatchRecords, REPLAY_BATCH_BYTES);
                if (batch.isEmpty()) {
                    // Appended but not yet forced: its fsync is under way.
                    LockSupport.parkNanos(NOT_YET_DURABLE_WAIT_NANOS);
                    continue;
                }
                List<ProducerRecord<byte[], byte[]>> records = replayRecords(batch);
                try {
                    kafka.send(records, replayDeadline);
                } catch (PublishFailedException e) {
                    if (!isRefusedForGood(e)) {
                        throw e;
                    }
                    sendOneByOneSkippingRefused(records);
                }
                spool.acknowledge(batch);
                replayed.mark(batch.size());
                replayedBatches.mark();
                failedAttempts = 0;
                if (kafkaDown) {
                    kafkaDown = false;
                    LOG.info("Kafka takes events again; replaying {} spooled events", spool.pendingRecords());
                }
            } catch (PublishFailedException e) {
                kafkaDown = true;
                if (failedAttempts++ % FAILURES_PER_LOG == 0) {
                    LOG.warn("Replaying the spool to Kafka failed {} time(s) in a row ({}); retrying every {} ms",
                            failedAttempts, e.getMessage(), probeInterval.toMillis());
                }
                pauseUnlessStopped(probeInterval);
            } catch (IOException | RuntimeException e) {
                LOG.error("Replaying the spool {} failed; retrying in {} ms", spool.directory(),
                        probeInterval.toMillis(), e);
                pauseUnlessStopped(probeInterval);
            }
        }
    }

    private void switchToDirectIfDrained() {
        modeLock.writeLock().lock();
        try {
            if (spool.pendingRecords() == 0) {
                direct = true;
            }
        } finally {
            modeLock.writeLock().unlock();
        }
        if (direct) {
            LOG.info("Spool drained; events go to Kafka directly again");
        }
    }

    /**
     * A record Kafka will never take (too large, invalid) must not stop the replay of everything behind it: the batch
     * is sent again record by record and the refused ones are logged, counted and skipped. Records of the batch that
     * were stored by the first attempt are stored twice; downstream deduplicates them by event id.
     */
    private void sendOneByOneSkippingRefused(List<ProducerRecord<byte[], byte[]>> records)
            throws PublishFailedException {
        for (ProducerRecord<byte[], byte[]> record : records) {
            try {
                kafka.send(List.of(record), replayDeadline);
            } catch (PublishFailedException e) {
                if (!isRefusedForGood(e)) {
                    throw e;
                }
                undeliverable.mark();
                LOG.error("Kafka refuses a spooled record for good ({}, {} bytes); skipping it", e.getMessage(),
                        record.value().length);
            }
        }
    }

    /** Whether Kafka refused a record for a reason that retrying cannot cure. */
    private static boolean isRefusedForGood(PublishFailedException e) {
        return e.getCause() instanceof RecordTooLargeException || e.getCause() instanceof RecordBatchTooLargeException
                || e.getCause() instanceof InvalidRecordException;
    }

    private List<ProducerRecord<byte[], byte[]>> replayRecords(SpoolBatch batch) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(batch.size());
        for (byte[] value : batch.records()) {
            try {
                SpooledEventRecord spooled = SpooledEventRecord.parse(value);
                records.add(new ProducerRecord<>(kafka.topic(), spooled.key(), spooled.value()));
            } catch (EventDecodingException e) {
                // Passed its checksum, so it is as it was written; the stream job sends it to the dead-letter topic.
                LOG.error("A spooled record is not a decodable event ({}); sending it without a key", e.getMessage());
                records.add(new ProducerRecord<>(kafka.topic(), null, value));
            }
        }
        return records;
    }

    private void pauseUnlessStopped(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        long left;
        while (running && (left = until - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
