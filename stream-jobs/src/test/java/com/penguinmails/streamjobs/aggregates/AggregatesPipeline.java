package com.penguinmails.streamjobs.aggregates;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.kafka.StartingOffsets;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import com.penguinmails.streamjobs.runtime.RestartStrategyFactory;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One isolated events pipeline for the aggregate tests on the shared embedded stack: its own topics and tenant, the
 * migrated ClickHouse database (events and the V0003 aggregates), a producer keyed as ingestion keys, and the job's
 * configuration (1 s checkpoints, quick bounded restarts).
 */
final class AggregatesPipeline implements AutoCloseable {

    static final int PARTITIONS = 4;

    final EmbeddedStack stack;
    final String tenant;
    final String topic;
    final Client clickHouse;
    private final String deadLetterTopic;
    private final KafkaProducer<byte[], byte[]> producer;

    AggregatesPipeline(EmbeddedStack stack, String name) {
        this.stack = stack;
        this.tenant = "t-agg-" + name;
        this.topic = "events.raw.agg-" + name;
        this.deadLetterTopic = "events.dlq.agg-" + name;
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

    /** Starts the job in a local environment configured with {@code environment} (e.g. a checkpoint to restore). */
    static JobClient start(EventsToClickHouseJob job, Configuration environment) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(environment);
        job.build(env);
        return env.executeAsync(EventsToClickHouseJob.NAME);
    }

    /** Produces events in the given order, keyed as ingestion keys them, and waits until Kafka has them all. */
    void produce(List<Event> events) {
        for (Event event : events) {
            producer.send(new ProducerRecord<>(topic, key(event), EventCodec.encode(event)));
        }
        producer.flush();
    }

    /** Rows of this pipeline's tenant in {@code events}, as stored (no FINAL: replays would show). */
    long storedEvents() {
        List<GenericRecord> rows = clickHouse.queryAll(
                "SELECT count() FROM penguinmails.events WHERE tenant_id = '" + tenant + "'");
        return rows.get(0).getLong(1);
    }

    /** The newest completed checkpoint under a checkpoint directory, if any. */
    static Optional<Path> latestCheckpoint(Path checkpoints) throws IOException {
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
