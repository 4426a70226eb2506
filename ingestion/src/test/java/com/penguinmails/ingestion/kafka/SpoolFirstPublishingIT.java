package com.penguinmails.ingestion.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.events.EventPublisher;
import com.penguinmails.ingestion.spool.FsyncPolicy;
import com.penguinmails.ingestion.spool.Spool;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spool-first path of the tracking endpoints: an event is answered once it is written (or forced) to the spool, and
 * the replayer forwards it to Kafka later. Checked against the real embedded broker: a crash of the process between the
 * answer and the forward loses nothing, a restart replays what was not forwarded exactly once, and one message's
 * events keep their order, also when spool-first and direct publishes of the same message alternate.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SpoolFirstPublishingIT {

    private static final String CRASH_TOPIC = "events.raw.spool-first-crash";
    private static final String MIXED_TOPIC = "events.raw.spool-first-mixed";
    private static final String UPGRADE_TOPIC = "events.raw.spool-first-upgrade";
    private static final int THREADS = 4;
    private static final int MESSAGES_PER_THREAD = 10;
    private static final int EVENTS_PER_MESSAGE = 50;

    private static String bootstrapServers;

    @TempDir
    Path dir;

    @BeforeAll
    static void topics(EmbeddedStack stack) {
        stack.kafka().createTopic(CRASH_TOPIC, 4);
        stack.kafka().createTopic(MIXED_TOPIC, 4);
        stack.kafka().createTopic(UPGRADE_TOPIC, 4);
        bootstrapServers = stack.kafka().bootstrapServers();
    }

    @Test
    void eventsAnsweredFromTheSpoolSurviveACrashBeforeTheyWereForwardedAndArriveExactlyOnceInOrder() throws Exception {
        // No replayer runs: every answered event is in the spool only, as at a crash right after the answers.
        SpoolingEventPublisher crashed = publisher(Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS), CRASH_TOPIC);
        Map<String, List<Integer>> sentOrder = publishConcurrently(
                crashed.forTracking(TrackingDurability.SPOOL_WRITTEN), crashed.forTracking(TrackingDurability.SPOOL_FORCED));
        assertThat(crashed.spool().pendingRecords()).isEqualTo(THREADS * MESSAGES_PER_THREAD * EVENTS_PER_MESSAGE);
        // The crashed process never closes its spool; the restarted one recovers the directory as it is.

        try {
            SpoolingEventPublisher restarted = publisher(Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS),
                    CRASH_TOPIC);
            restarted.start();
            List<Event> events;
            try {
                events = awaitEvents(CRASH_TOPIC, THREADS * MESSAGES_PER_THREAD * EVENTS_PER_MESSAGE);
                assertThat(restarted.spool().pendingRecords()).isZero();
            } finally {
                restarted.stop();
            }
            assertExactlyOnceInOrder(events, sentOrder);

            SpoolingEventPublisher again = publisher(Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS),
                    CRASH_TOPIC);
            assertThat(again.spool().pendingRecords()).as("a clean stop leaves nothing to replay twice").isZero();
            again.start();
            again.stop();
            // Reads everything there is, plus 2 s for any record sent twice.
            assertExactlyOnceInOrder(awaitEvents(CRASH_TOPIC, events.size()), sentOrder);
        } finally {
            crashed.stop();
        }
    }

    @Test
    void oneMessagesEventsKeepTheirOrderWhenSpoolFirstAndDirectPublishesAlternate() throws Exception {
        SpoolingEventPublisher publisher = publisher(Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS),
                MIXED_TOPIC);
        publisher.start();
        Map<String, List<Integer>> sentOrder;
        try {
            sentOrder = publishConcurrently(publisher.forTracking(TrackingDurability.SPOOL_WRITTEN), publisher);
        } finally {
            publisher.stop();
        }
        assertExactlyOnceInOrder(awaitEvents(MIXED_TOPIC, THREADS * MESSAGES_PER_THREAD * EVENTS_PER_MESSAGE),
                sentOrder);
    }

    @Test
    void aSpoolLeftByTheVersionThatStoredBareValuesReplaysWithEachEventsKey() throws Exception {
        // The previous version spooled the bare single-object value; after an upgrade, new keyed payloads follow them.
        List<Event> sent = new ArrayList<>();
        try (Spool old = Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS)) {
            List<byte[]> bareValues = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                Event event = open("m-old-" + (n % 5), n);
                sent.add(event);
                bareValues.add(EventCodec.encode(event));
            }
            old.append(bareValues);
        }
        SpoolingEventPublisher upgraded = publisher(Spool.open(dir, 64 << 20, 1 << 20, FsyncPolicy.ALWAYS),
                UPGRADE_TOPIC);
        assertThat(upgraded.spool().pendingRecords()).isEqualTo(20);
        EventPublisher tracking = upgraded.forTracking(TrackingDurability.SPOOL_FORCED);
        for (int n = 20; n < 40; n++) {
            Event event = open("m-old-" + (n % 5), n);
            sent.add(event);
            tracking.publish(List.of(event));
        }
        upgraded.start();
        List<ConsumerRecord<byte[], byte[]>> records;
        try {
            records = awaitRecords(UPGRADE_TOPIC, sent.size());
        } finally {
            upgraded.stop();
        }

        assertThat(records).hasSize(sent.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Event event = EventCodec.decode(record.value());
            assertThat(record.key()).as(event.getEventId()).isEqualTo(EventRecordKey.of(event));
        }
        assertThat(records.stream().map(record -> EventCodec.decode(record.value())).toList())
                .containsExactlyInAnyOrderElementsOf(sent);
    }

    private static SpoolingEventPublisher publisher(Spool spool, String topic) {
        KafkaFactory factory = new KafkaFactory();
        factory.setBootstrapServers(bootstrapServers);
        Duration timeout = Duration.ofSeconds(10);
        return new SpoolingEventPublisher(new KafkaEventPublisher(factory.buildProducer(timeout), topic, timeout),
                spool, timeout, factory.acknowledgementDeadline(), Duration.ofMillis(200), 500, new MetricRegistry());
    }

    /**
     * Each thread publishes the events of its own messages one after another (so their order is defined), even
     * numbers through {@code even}, odd numbers through {@code odd}; returns the sent sequence numbers by message.
     */
    private static Map<String, List<Integer>> publishConcurrently(EventPublisher even, EventPublisher odd)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Map<String, List<Integer>>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(threads.submit(() -> {
                Map<String, List<Integer>> sent = new HashMap<>();
                for (int n = 0; n < MESSAGES_PER_THREAD * EVENTS_PER_MESSAGE; n++) {
                    String messageId = "m-" + thread + "-" + (n % MESSAGES_PER_THREAD);
                    int sequence = n / MESSAGES_PER_THREAD;
                    (sequence % 2 == 0 ? even : odd).publish(List.of(open(messageId, sequence)));
                    sent.computeIfAbsent(messageId, k -> new ArrayList<>()).add(sequence);
                }
                return sent;
            }));
        }
        Map<String, List<Integer>> sentOrder = new HashMap<>();
        for (Future<Map<String, List<Integer>>> result : results) {
            sentOrder.putAll(result.get());
        }
        threads.shutdown();
        return sentOrder;
    }

    private static Event open(String messageId, int sequence) {
        Instant at = Instant.parse("2026-11-26T01:00:00Z");
        Event event = new Event();
        event.setEventId(messageId + "/" + sequence);
        event.setTenantId("acme");
        event.setType(EventType.open);
        event.setOccurredAt(at);
        event.setReceivedAt(at);
        event.setMessageId(messageId);
        return event;
    }

    private static void assertExactlyOnceInOrder(List<Event> events, Map<String, List<Integer>> sentOrder) {
        assertThat(events).hasSize(sentOrder.values().stream().mapToInt(List::size).sum());
        assertThat(events.stream().map(Event::getEventId).distinct().count()).isEqualTo(events.size());
        Map<String, List<Integer>> arrivedOrder = new HashMap<>();
        for (Event event : events) {
            String id = event.getEventId();
            arrivedOrder.computeIfAbsent(event.getMessageId(), k -> new ArrayList<>())
                    .add(Integer.parseInt(id.substring(id.indexOf('/') + 1)));
        }
        assertThat(arrivedOrder).isEqualTo(sentOrder);
    }

    /** The events of {@link #awaitRecords}. */
    private static List<Event> awaitEvents(String topic, int expected) {
        return awaitRecords(topic, expected).stream().map(record -> EventCodec.decode(record.value())).toList();
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, int expected) {
        return TopicRecords.await(bootstrapServers, topic, expected);
    }
}
