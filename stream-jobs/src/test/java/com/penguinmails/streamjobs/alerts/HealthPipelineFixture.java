package com.penguinmails.streamjobs.alerts;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.events.DecodeEventsFunction;
import com.penguinmails.streamjobs.events.EventsRow;
import com.penguinmails.streamjobs.events.EventsRowEncoder;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.kafka.StartingOffsets;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import com.penguinmails.streamjobs.runtime.RestartStrategyFactory;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One isolated health-and-alerts pipeline on the shared embedded stack: its own tenant and topics (events, rules,
 * alerts), the migrated ClickHouse tables, and a small job: Kafka events -> decode -> ClickHouse {@code events} and
 * the {@link HealthAndAlertsStage}. The events topic has one partition, so every run sees the events in one order.
 */
final class HealthPipelineFixture implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final EmbeddedStack stack;
    final String tenant;
    final String eventsTopic;
    final String rulesTopic;
    final String alertsTopic;
    final Client clickHouse;
    private final KafkaProducer<byte[], byte[]> producer;

    HealthPipelineFixture(EmbeddedStack stack, String name) {
        GeneratedEventClasses.trust();
        this.stack = stack;
        this.tenant = "t-" + name;
        this.eventsTopic = "events.raw." + name;
        this.rulesTopic = "control.alert-rules." + name;
        this.alertsTopic = "alerts." + name;
        stack.kafka().createTopic(eventsTopic, 1);
        stack.kafka().createTopic(rulesTopic, 1);
        stack.kafka().createTopic(alertsTopic, 2);
        stack.kafka().createTopic("events.dlq." + name, 1);
        this.clickHouse = clickHouseFactory().build();
        new ClickHouseMigrator(clickHouse, "penguinmails").migrate();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    ClickHouseFactory clickHouseFactory() {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setSocketTimeoutMs(20_000);
        return factory;
    }

    /** 1 s checkpoints under {@code checkpoints}, every event evaluated, health flushed 1 s after changes,
     * health judged from 1,000 sends. */
    StreamJobsConfiguration config(Path checkpoints) {
        KafkaFactory kafka = new KafkaFactory();
        kafka.setBootstrapServers(stack.kafka().bootstrapServers());
        kafka.setGroupId("it-" + eventsTopic);
        kafka.setTopic(eventsTopic);
        kafka.setDeadLetterTopic("events.dlq." + tenant.substring(2));
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

        HealthAndAlertsFactory stage = new HealthAndAlertsFactory();
        stage.setRulesTopic(rulesTopic);
        stage.setRulesGroupId("it-" + rulesTopic);
        stage.setAlertsTopic(alertsTopic);
        stage.setTransactionalIdPrefix("it-" + alertsTopic + "-" + System.nanoTime());
        stage.setTransactionTimeout(Duration.seconds(30));
        stage.setEvaluationInterval(Duration.seconds(0));
        stage.setHealthInterval(Duration.minutes(1));
        stage.setFlushInterval(Duration.seconds(1));
        stage.setQuietAfter(Duration.seconds(0));
        stage.getHealth().setMinVolume(1000);

        StreamJobsConfiguration config = new StreamJobsConfiguration();
        config.setKafka(kafka);
        config.setClickHouse(clickHouseFactory());
        config.setClickHouseSink(sink);
        config.setCheckpointing(checkpointing);
        config.setRestartStrategy(restarts);
        config.setParallelism(2);
        config.setHealthAndAlerts(stage);
        return config;
    }

    /** Starts the test job: events from Kafka, stored in ClickHouse and fed to the stage. */
    JobClient start(StreamJobsConfiguration config, Configuration environment) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(environment);
        env.configure(config.flinkConfiguration());
        DataStream<Event> events = env
                .fromSource(config.getKafka().buildSource(), WatermarkStrategy.noWatermarks(), "Kafka events")
                .uid("events-source")
                .process(new DecodeEventsFunction(), new AvroTypeInfo<>(Event.class))
                .uid("decode-events");
        events.sinkTo(config.getClickHouseSink().build(config.getClickHouse(), EventsRow.TABLE,
                new EventsRowEncoder())).uid("events-sink");
        HealthAndAlertsStage.fromConfig(config).attach(events);
        return env.executeAsync("health-and-alerts-it");
    }

    void produceEvents(List<Event> events) {
        for (Event event : events) {
            producer.send(new ProducerRecord<>(eventsTopic,
                    (event.getTenantId() + "/" + event.getMessageId()).getBytes(StandardCharsets.UTF_8),
                    EventCodec.encode(event)));
        }
        producer.flush();
    }

    void produceRule(String ruleId, String json) {
        producer.send(new ProducerRecord<>(rulesTopic, ruleId.getBytes(StandardCharsets.UTF_8),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
        producer.flush();
    }

    /** A bounce-rate rule on every sending domain of this tenant. */
    String bounceRule(String ruleId, double threshold) {
        return """
                {"rule_id":"%s","tenant_id":"%s","name":"Bounces","metric":"bounce_rate",
                 "scope":{"kind":"sending_domain","value":null},"comparison":"above","threshold":%s,
                 "window":"PT15M","min_volume":50,"cooldown":"PT30M","enabled":true}"""
                .formatted(ruleId, tenant, threshold);
    }

    /** The latest row of every alert of this tenant (the resolved row replaces the firing one). */
    List<GenericRecord> alertRows() {
        return clickHouse.queryAll("SELECT * FROM penguinmails.alerts FINAL WHERE tenant_id = '" + tenant
                + "' ORDER BY rule_id, scope_kind, scope_value, fired_at, version");
    }

    /** The newest health snapshot of every scope and provider of this tenant. */
    List<GenericRecord> healthRows() {
        return clickHouse.queryAll("SELECT * FROM penguinmails.sending_health FINAL WHERE tenant_id = '" + tenant
                + "' ORDER BY scope_kind, scope_value, mailbox_provider");
    }

    long queryLong(String sql) {
        return clickHouse.queryAll(sql).get(0).getLong(1);
    }

    List<GenericRecord> query(String sql) {
        return clickHouse.queryAll(sql);
    }

    /** Every committed record of the alerts topic, read until none arrives for two seconds. */
    List<JsonNode> alertsOnKafka() throws IOException {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<JsonNode> alerts = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(alertsTopic));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < 2_000_000_000L) {
                var batch = consumer.poll(java.time.Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    alerts.add(MAPPER.readTree(record.value()));
                    quietSince = System.nanoTime();
                }
            }
        }
        return alerts;
    }

    /** The newest completed checkpoint under a checkpoint directory, if any. */
    static java.util.Optional<Path> latestCheckpoint(Path checkpoints) throws IOException {
        if (!java.nio.file.Files.isDirectory(checkpoints)) {
            return java.util.Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(checkpoints, 3)) {
            return files.filter(path -> path.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(dir -> dir.getFileName().toString().startsWith("chk-"))
                    .max(java.util.Comparator.comparingLong(
                            dir -> Long.parseLong(dir.getFileName().toString().substring(4))));
        }
    }

    @Override
    public void close() {
        producer.close();
        clickHouse.close();
    }
}
