package com.penguinmails.streamjobs.events;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.kafka.StartingOffsets;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Prints how fast the events job moves events from Kafka into ClickHouse on the embedded stack (not a test).
 *
 * <p>Produces N events (default 1,000,000) to a fresh topic, then runs the job over them with the production
 * checkpoint interval (5 s) and parallelism 2 until the end of the topic, counting rows in ClickHouse meanwhile.
 * Arguments: {@code [events] [checkpoint seconds] [parallelism] [graph] [traffic]}: graph {@code enriched} (the job,
 * default) or {@code baseline} (the same job without its two enrichment operators: decode, dedup, ClickHouse),
 * traffic {@code numbered} (every event type in turn, default) or {@code generated} (the traffic generator's
 * realistic mix, about 40 % opens and clicks). Run with about 1 GB of heap; see the README.
 */
public final class EventsToClickHouseBench {

    private EventsToClickHouseBench() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long checkpointSeconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean baseline = args.length > 3 && args[3].equals("baseline");
        boolean generated = args.length > 4 && args[4].equals("generated");
        Path root = Path.of("target", "bench-stack").toAbsolutePath();
        deleteRecursively(root);

        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            String topic = "events.raw.bench";
            stack.kafka().createTopic(topic, 4);
            stack.kafka().createTopic("events.dlq.bench", 1);
            ClickHouseFactory clickHouse = new ClickHouseFactory();
            clickHouse.setUrl(stack.clickHouse().httpUrl());
            try (var client = clickHouse.build()) {
                new ClickHouseMigrator(client, "penguinmails").migrate();

                long produceStart = System.nanoTime();
                produce(stack.kafka().bootstrapServers(), topic, events, generated);
                double produceSeconds = seconds(produceStart);
                System.out.printf("Produced %,d events in %.2f s (%,.0f events/s)%n", events, produceSeconds,
                        events / produceSeconds);

                StreamJobsConfiguration config = config(stack, topic, clickHouse, root, checkpointSeconds,
                        parallelism);
                StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
                if (baseline) {
                    buildBaseline(env, config, clickHouse);
                } else {
                    new EventsToClickHouseJob(
                            config.getKafka().sourceBuilder().setBounded(OffsetsInitializer.latest()).build(),
                            config.getClickHouseSink().build(clickHouse, EventsRow.TABLE, new EventsRowEncoder()),
                            config.getKafka().buildDeadLetterSink(),
                            config.getDedupTtl().toJavaDuration(),
                            config.getEnrichment().build(),
                            config.flinkConfiguration()).build(env);
                }

                long jobStart = System.nanoTime();
                JobClient running = env.executeAsync(EventsToClickHouseJob.NAME);
                CompletableFuture<JobExecutionResult> result = running.getJobExecutionResult();
                long firstRowsAt = 0;
                long count = 0;
                while (!result.isDone()) {
                    count = count(client);
                    if (count > 0 && firstRowsAt == 0) {
                        firstRowsAt = System.nanoTime();
                    }
                    Thread.sleep(200);
                }
                result.get();
                double jobSeconds = seconds(jobStart);
                count = count(client);
                double afterFirstRows = seconds(firstRowsAt);
                System.out.printf("[%s, %s traffic] Stored %,d rows (expected %,d) in %.2f s from submission:"
                        + " %,.0f events/s including job start-up%n", baseline ? "baseline" : "enriched",
                        generated ? "generated" : "numbered", count, events, jobSeconds, count / jobSeconds);
                System.out.printf("From the first committed rows to the last: %.2f s (first commit waits for a "
                        + "checkpoint, every %d s; parallelism %d)%n", afterFirstRows, checkpointSeconds, parallelism);
            }
        }
    }

    /** The job's graph without the enrichment operators: what the job was before enrichment was wired in. */
    private static void buildBaseline(StreamExecutionEnvironment env, StreamJobsConfiguration config,
            ClickHouseFactory clickHouse) {
        GeneratedEventClasses.trust();
        env.configure(config.flinkConfiguration());
        env.getConfig().enableObjectReuse();
        AvroTypeInfo<Event> eventType = new AvroTypeInfo<>(Event.class);
        SingleOutputStreamOperator<Event> events = env
                .fromSource(config.getKafka().sourceBuilder().setBounded(OffsetsInitializer.latest()).build(),
                        WatermarkStrategy.noWatermarks(), "Kafka events.raw")
                .process(new DecodeEventsFunction(), eventType);
        events.getSideOutput(DecodeEventsFunction.DEAD_LETTERS).sinkTo(config.getKafka().buildDeadLetterSink())
                .uid("bench-dead-letters");
        events.keyBy(EngagementKeys.byMessage(), EngagementKeys.TYPE)
                .process(new DeduplicateEventsFunction(config.getDedupTtl().toJavaDuration()), eventType)
                .sinkTo(config.getClickHouseSink().build(clickHouse, EventsRow.TABLE, new EventsRowEncoder()))
                .uid("bench-clickhouse-events");
    }

    private static StreamJobsConfiguration config(EmbeddedStack stack, String topic, ClickHouseFactory clickHouse,
            Path root, long checkpointSeconds, int parallelism) {
        KafkaFactory kafka = new KafkaFactory();
        kafka.setBootstrapServers(stack.kafka().bootstrapServers());
        kafka.setTopic(topic);
        kafka.setDeadLetterTopic("events.dlq.bench");
        kafka.setStartingOffsets(StartingOffsets.EARLIEST);
        ClickHouseSinkFactory sink = new ClickHouseSinkFactory();
        sink.setId("bench");
        CheckpointingFactory checkpointing = new CheckpointingFactory();
        checkpointing.setInterval(Duration.seconds(checkpointSeconds));
        checkpointing.setDirectory(root.resolve("checkpoints").toUri().toString());
        StreamJobsConfiguration config = new StreamJobsConfiguration();
        config.setKafka(kafka);
        config.setClickHouse(clickHouse);
        config.setClickHouseSink(sink);
        config.setCheckpointing(checkpointing);
        config.setParallelism(parallelism);
        return config;
    }

    private static void produce(String bootstrapServers, String topic, long events, boolean generated) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            Iterator<GeneratedEvent> traffic =
                    new TrafficGenerator(TrafficSettings.defaults().withTenantIds(List.of("t-bench"))).iterator();
            for (long i = 0; i < events; i++) {
                Event event = generated ? traffic.next().event() : EventStreams.numbered("t-bench", i);
                byte[] key = ("t-bench/" + (event.getMessageId() != null ? event.getMessageId()
                        : event.getContactId())).getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(topic, key, EventCodec.encode(event)));
            }
            producer.flush();
        }
    }

    private static long count(Client client) {
        return client.queryAll("SELECT count() FROM penguinmails.events WHERE tenant_id = 't-bench'").get(0).getLong(1);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
