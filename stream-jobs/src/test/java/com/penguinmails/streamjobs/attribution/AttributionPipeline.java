package com.penguinmails.streamjobs.attribution;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * One isolated events job with the attribution stage for the attribution tests on the shared embedded stack: its
 * own topic and tenant (lookback {@link #LOOKBACK_DAYS} days, lateness a year so every late touch counts), the
 * migrated ClickHouse database, a producer keyed as ingestion keys, 1 s checkpoints and quick bounded restarts.
 */
final class AttributionPipeline implements AutoCloseable {

    static final int LOOKBACK_DAYS = 2;

    final EmbeddedStack stack;
    final String tenant;
    final String topic;
    final Client clickHouse;
    private final KafkaProducer<byte[], byte[]> producer;

    AttributionPipeline(EmbeddedStack stack, String name) {
        this.stack = stack;
        this.tenant = "t-attr-" + name;
        this.topic = "events.raw.attr-" + name;
        stack.kafka().createTopic(topic, 4);
        stack.kafka().createTopic(topic + ".dlq", 1);
        this.clickHouse = clickHouseFactory().build();
        new ClickHouseMigrator(clickHouse, "penguinmails").migrate();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private ClickHouseFactory clickHouseFactory() {
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
        kafka.setDeadLetterTopic(topic + ".dlq");
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

        AttributionFactory attribution = new AttributionFactory();
        attribution.setTenantLookbacks(Map.of(tenant, Duration.days(LOOKBACK_DAYS)));
        attribution.setAllowedLateness(Duration.days(365));

        StreamJobsConfiguration config = new StreamJobsConfiguration();
        config.setKafka(kafka);
        config.setClickHouse(clickHouseFactory());
        config.setClickHouseSink(sink);
        config.setCheckpointing(checkpointing);
        config.setRestartStrategy(restarts);
        config.setParallelism(2);
        config.setAttribution(attribution);
        return config;
    }

    /** Starts the events job with the attribution stage in a local environment configured with {@code environment}. */
    static JobClient start(StreamJobsConfiguration config, Configuration environment) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(environment);
        AttributionStage.fromConfig(config).attach(EventsToClickHouseJob.fromConfig(config).build(env));
        return env.executeAsync(EventsToClickHouseJob.NAME);
    }

    /** Produces events in the given order, keyed as ingestion keys them, and waits until Kafka has them all. */
    void produce(List<Event> events) {
        for (Event event : events) {
            String part = event.getMessageId() != null ? event.getMessageId()
                    : event.getContactId() != null ? event.getContactId() : event.getEventId();
            byte[] key = (event.getTenantId() + "/" + part).getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(topic, key, EventCodec.encode(event)));
        }
        producer.flush();
    }

    long count(String sql) {
        return clickHouse.queryAll(sql.replace("{tenant}", "'" + tenant + "'")).get(0).getLong(1);
    }

    /** Rows of this tenant in {@code events}. */
    long storedEvents() {
        return count("SELECT count() FROM penguinmails.events WHERE tenant_id = {tenant}");
    }

    /** Conversions of this tenant in {@code attribution_journeys}. */
    long attributedConversions() {
        return count("SELECT count(DISTINCT conversion_id) FROM penguinmails.attribution_journeys"
                + " WHERE tenant_id = {tenant}");
    }

    /** The engagement class stored for each open and click of this tenant. */
    Map<String, String> engagementClasses() {
        Map<String, String> classes = new HashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT event_id, toString(engagement_class) AS class"
                + " FROM penguinmails.events WHERE tenant_id = '" + tenant + "' AND event_type IN ('open', 'click')")) {
            classes.put(row.getString("event_id"), row.getString("class"));
        }
        return classes;
    }

    /** The stored credits and revenue (newest versions) per reference key. */
    Map<ReferenceAttribution.Key, double[]> storedCredits() {
        Map<ReferenceAttribution.Key, double[]> stored = new HashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT conversion_id, toString(model) AS m, campaign_id,"
                + " toString(variant) AS v, toInt32(sequence_step) AS s, sum(credit) AS c, sum(revenue) AS r"
                + " FROM penguinmails.attribution_credits FINAL WHERE tenant_id = '" + tenant + "'"
                + " GROUP BY conversion_id, m, campaign_id, v, s HAVING c != 0 OR r != 0")) {
            stored.put(new ReferenceAttribution.Key(row.getString("conversion_id"), row.getString("m"),
                    row.getString("campaign_id"), row.getString("v"), row.getInteger("s")),
                    new double[] {row.getDouble("c"), row.getDouble("r")});
        }
        return stored;
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

    @Override
    public void close() {
        producer.close();
        clickHouse.close();
    }
}
