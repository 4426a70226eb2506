package com.penguinmails.streamjobs.aggregates;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.SendDetails;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.events.EventsRow;
import com.penguinmails.streamjobs.events.EventsRowEncoder;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.kafka.StartingOffsets;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Prints what the deliverability and heatmap views cost the events job, and how fresh the aggregates are, on the
 * embedded stack (not a test).
 *
 * <p>Throughput: N generated events (default 300,000, three tenants) are produced once; then the whole job (decode,
 * deduplicate, enrich, ClickHouse) runs over them from a bounded source, alternately into a database with the V0003
 * views and into one whose views were dropped, R times each (default 3); it prints every run and the medians.
 * Freshness: an unbounded job with the views and the production checkpoint interval (5 s) runs while one send per
 * 250 ms is produced; for each, the time from produce to visible in {@code deliverability_minute}.
 * Arguments: {@code [events] [runs] [checkpoint seconds]}. Run with about 1 GB of heap.
 */
public final class AggregatesBench {

    private static final List<String> VIEWS = List.of("engagement_heatmap_mv", "deliverability_day_mv",
            "deliverability_hour_mv", "deliverability_minute_mv");
    private static final int FRESHNESS_SAMPLES = 20;

    private AggregatesBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long checkpointSeconds = args.length > 2 ? Long.parseLong(args[2]) : 5;
        Path root = Path.of("target", "aggregates-bench").toAbsolutePath();
        deleteRecursively(root);
        GeneratedEventClasses.trust();

        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            String topic = "events.raw.aggregates-bench";
            stack.kafka().createTopic(topic, 4);
            stack.kafka().createTopic("events.dlq.aggregates-bench", 1);
            List<Event> traffic = new TrafficGenerator(TrafficSettings.defaults()).events().limit(events)
                    .map(GeneratedEvent::event).toList();
            produce(stack.kafka().bootstrapServers(), topic, traffic);
            System.out.printf("Produced %,d generated events%n", events);

            ClickHouseFactory withViews = database(stack, "bench_views");
            ClickHouseFactory withoutViews = database(stack, "bench_plain");
            try (Client client = withoutViews.build()) {
                for (String view : VIEWS) {
                    client.queryAll("DROP VIEW IF EXISTS bench_plain." + view);
                }
            }
            List<Double> rateWith = new ArrayList<>();
            List<Double> rateWithout = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                rateWithout.add(throughput(stack, topic, withoutViews, root, checkpointSeconds, "plain-" + run, events));
                rateWith.add(throughput(stack, topic, withViews, root, checkpointSeconds, "views-" + run, events));
            }
            System.out.printf("Median throughput without views: %,.0f events/s; with views: %,.0f events/s%n",
                    median(rateWithout), median(rateWith));

            freshness(stack, withViews, root, checkpointSeconds);
        }
    }

    private static ClickHouseFactory database(EmbeddedStack stack, String database) {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(database);
        factory.setSocketTimeoutMs(60_000);
        try (Client client = factory.build()) {
            new ClickHouseMigrator(client, database).migrate();
        }
        return factory;
    }

    /** Runs the job over the whole topic into an emptied database; returns events per second from submission. */
    private static double throughput(EmbeddedStack stack, String topic, ClickHouseFactory clickHouse, Path root,
            long checkpointSeconds, String runId, int events) throws Exception {
        try (Client client = clickHouse.build()) {
            for (String table : List.of("events", "deliverability_minute", "deliverability_hour", "deliverability_day",
                    "engagement_heatmap")) {
                client.queryAll("TRUNCATE TABLE " + clickHouse.getDatabase() + "." + table);
            }
            StreamJobsConfiguration config = config(stack, topic, clickHouse, root.resolve(runId), checkpointSeconds,
                    runId);
            EventsToClickHouseJob job = new EventsToClickHouseJob(
                    config.getKafka().sourceBuilder().setBounded(OffsetsInitializer.latest()).build(),
                    config.getClickHouseSink().build(clickHouse, EventsRow.TABLE, new EventsRowEncoder()),
                    config.getKafka().buildDeadLetterSink(), config.getDedupTtl().toJavaDuration(),
                    config.getEnrichment().build(), config.flinkConfiguration());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
            job.build(env);
            long start = System.nanoTime();
            env.executeAsync(EventsToClickHouseJob.NAME).getJobExecutionResult().get();
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = client.queryAll("SELECT count() FROM " + clickHouse.getDatabase() + ".events").get(0)
                    .getLong(1);
            System.out.printf("%-8s stored %,d of %,d events in %.2f s: %,.0f events/s (including job start-up)%n",
                    runId, stored, events, seconds, stored / seconds);
            return stored / seconds;
        }
    }

    private static void freshness(EmbeddedStack stack, ClickHouseFactory clickHouse, Path root, long checkpointSeconds)
            throws Exception {
        String topic = "events.raw.aggregates-fresh";
        stack.kafka().createTopic(topic, 4);
        StreamJobsConfiguration config = config(stack, topic, clickHouse, root.resolve("fresh"), checkpointSeconds,
                "fresh");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
        EventsToClickHouseJob.fromConfig(config).build(env);
        JobClient job = env.executeAsync(EventsToClickHouseJob.NAME);
        List<Double> latencies = new ArrayList<>();
        try (Client client = clickHouse.build();
                KafkaProducer<byte[], byte[]> producer = producer(stack.kafka().bootstrapServers())) {
            for (int i = 0; i < FRESHNESS_SAMPLES + 2; i++) {
                String campaign = "fresh-" + i;
                Event send = Event.newBuilder()
                        .setEventId("fresh-" + i).setTenantId("t-fresh").setType(EventType.send)
                        .setOccurredAt(Instant.now()).setReceivedAt(Instant.now())
                        .setMessageId("fresh-m-" + i).setCampaignId(campaign)
                        .setSend(SendDetails.newBuilder().build())
                        .build();
                long produced = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, ("t-fresh/fresh-m-" + i).getBytes(StandardCharsets.UTF_8),
                        EventCodec.encode(send))).get();
                while (client.queryAll("SELECT count() FROM " + clickHouse.getDatabase() + ".deliverability_minute"
                        + " WHERE tenant_id = 't-fresh' AND campaign_id = '" + campaign + "'").get(0).getLong(1) == 0) {
                    Thread.sleep(50);
                }
                if (i >= 2) {
                    latencies.add((System.nanoTime() - produced) / 1e9);
                }
                Thread.sleep(250);
            }
        } finally {
            job.cancel().get();
        }
        latencies.sort(Comparator.naturalOrder());
        System.out.printf("Freshness (produce -> visible in deliverability_minute, %d samples, %d s checkpoints): "
                + "median %.2f s, p90 %.2f s, max %.2f s%n", latencies.size(), checkpointSeconds, median(latencies),
                latencies.get((int) Math.ceil(latencies.size() * 0.9) - 1), latencies.get(latencies.size() - 1));
    }

    private static StreamJobsConfiguration config(EmbeddedStack stack, String topic, ClickHouseFactory clickHouse,
            Path checkpoints, long checkpointSeconds, String runId) {
        KafkaFactory kafka = new KafkaFactory();
        kafka.setBootstrapServers(stack.kafka().bootstrapServers());
        kafka.setTopic(topic);
        kafka.setGroupId("bench-" + runId);
        kafka.setDeadLetterTopic("events.dlq.aggregates-bench");
        kafka.setStartingOffsets(StartingOffsets.EARLIEST);
        ClickHouseSinkFactory sink = new ClickHouseSinkFactory();
        // A new sink id per run: the same id would repeat the previous run's deduplication tokens.
        sink.setId("bench-" + runId);
        CheckpointingFactory checkpointing = new CheckpointingFactory();
        checkpointing.setInterval(Duration.seconds(checkpointSeconds));
        checkpointing.setDirectory(checkpoints.toUri().toString());
        StreamJobsConfiguration config = new StreamJobsConfiguration();
        config.setKafka(kafka);
        config.setClickHouse(clickHouse);
        config.setClickHouseSink(sink);
        config.setCheckpointing(checkpointing);
        config.setParallelism(2);
        return config;
    }

    private static void produce(String bootstrapServers, String topic, List<Event> events) {
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
            for (Event event : events) {
                String part = event.getMessageId() != null ? event.getMessageId()
                        : event.getContactId() != null ? event.getContactId() : event.getEventId();
                producer.send(new ProducerRecord<>(topic,
                        (event.getTenantId() + "/" + part).getBytes(StandardCharsets.UTF_8), EventCodec.encode(event)));
            }
            producer.flush();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
