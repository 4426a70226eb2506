package com.penguinmails.streamjobs.events;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.kafka.StartingOffsets;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import com.penguinmails.streamjobs.runtime.RestartStrategyFactory;
import io.dropwizard.util.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One isolated events pipeline on the shared embedded stack: its own topics and tenant, the migrated ClickHouse
 * {@code events} table, a producer, and queries counting the tenant's rows (raw, without FINAL).
 */
final class EventsPipelineFixture implements AutoCloseable {

    static final int PARTITIONS = 4;

    final EmbeddedStack stack;
    final String tenant;
    final String topic;
    final String deadLetterTopic;
    final Client clickHouse;
    private final KafkaProducer<byte[], byte[]> producer;

    EventsPipelineFixture(EmbeddedStack stack, String name) {
        this.stack = stack;
        this.tenant = "t-" + name;
        this.topic = "events.raw." + name;
        this.deadLetterTopic = "events.dlq." + name;
        stack.kafka().createTopic(topic, PARTITIONS);
        stack.kafka().createTopic(deadLetterTopic, 1);
        this.clickHouse = clickHouseFactory().build();
        new ClickHouseMigrator(clickHouse, "penguinmails").migrate();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    ClickHouseFactory clickHouseFactory() {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setSocketTimeoutMs(20_000);
        return factory;
    }

    /** A configuration for this pipeline: 1 s checkpoints under {@code checkpoints}, quick and bounded restarts. */
    StreamJobsConfiguration config(Path checkpoints) {
        KafkaFactory kafka = new KafkaFactory();
        kafka.setBootstrapServers(stack.kafka().bootstrapServers());
        kafka.setGroupId("it-" + topic);
        kafka.setTopic(topic);
        kafka.setDeadLetterTopic(deadLetterTopic);
        kafka.setStartingOffsets(StartingOffsets.EARLIEST);

        ClickHouseSinkFactory sink = new ClickHouseSinkFactory();
        sink.setId("it-" + tenant);
        sink.setMaxAttempts(3);
        sink.setInitialBackoff(Duration.milliseconds(200));
        sink.setMaxBackoff(Duration.seconds(1));
        sink.setInsertTimeout(Duration.seconds(20));

        CheckpointingFactory checkpointing = new CheckpointingFactory();
        checkpointing.setInterval(Duration.seconds(1));
        checkpointing.setDirectory(checkpoints.toUri().toString());

        RestartStrategyFactory restarts = new RestartStrategyFactory();
        restarts.setInitialBackoff(Duration.milliseconds(200));
        restarts.setMaxBackoff(Duration.seconds(2));
        restarts.setMaxAttempts(30);

        StreamJobsConfiguration config = new StreamJobsConfiguration();
        config.setKafka(kafka);
        config.setClickHouse(clickHouseFactory());
        config.setClickHouseSink(sink);
        config.setCheckpointing(checkpointing);
        config.setRestartStrategy(restarts);
        config.setParallelism(2);
        return config;
    }

    /** Produces events keyed as ingestion does, and waits until Kafka has them all. */
    void produce(List<Event> events) {
        for (Event event : events) {
            producer.send(new ProducerRecord<>(topic, key(event), EventCodec.encode(event)));
        }
        producer.flush();
    }

    /** Produces one raw record, whatever its bytes. */
    void produceRaw(String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
        producer.flush();
    }

    /** Rows of this pipeline's tenant, as stored (no FINAL: replays would show). */
    long count() {
        return queryLong("SELECT count() FROM penguinmails.events WHERE tenant_id = '" + tenant + "'");
    }

    /** Distinct event ids of this pipeline's tenant. */
    long distinctEvents() {
        return queryLong("SELECT uniqExact(event_id) FROM penguinmails.events WHERE tenant_id = '" + tenant + "'");
    }

    /** Rows per event type of this pipeline's tenant. */
    Map<String, Long> countsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT event_type, count() AS n FROM penguinmails.events"
                + " WHERE tenant_id = '" + tenant + "' GROUP BY event_type ORDER BY event_type")) {
            counts.put(row.getString("event_type"), row.getLong("n"));
        }
        return counts;
    }

    /** Every record on the dead-letter topic, read from the start until none arrives for a second. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < 1_000_000_000L) {
                var batch = consumer.poll(java.time.Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
            return records;
        }
    }

    /** The newest completed checkpoint under a checkpoint directory, if any. */
    static Optional<Path> latestCheckpoint(Path checkpoints) throws java.io.IOException {
        if (!Files.isDirectory(checkpoints)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(checkpoints, 3)) {
            return files.filter(path -> path.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(dir -> dir.getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparingLong(dir -> Long.parseLong(dir.getFileName().toString().substring(4))));
        }
    }

    private long queryLong(String sql) {
        return clickHouse.queryAll(sql).get(0).getLong(1);
    }

    private static byte[] key(Event event) {
        String part = event.getMessageId() != null ? event.getMessageId()
                : event.getContactId() != null ? event.getContactId() : event.getEventId();
        return (event.getTenantId() + "/" + part).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        clickHouse.close();
    }
}
