package com.penguinmails.streamjobs.events;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.alerts.HealthAndAlertsStage;
import com.penguinmails.streamjobs.attribution.AttributionStage;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import com.penguinmails.streamjobs.enrichment.EnrichMessageEventsFunction;
import com.penguinmails.streamjobs.enrichment.EnrichmentSettings;
import com.penguinmails.streamjobs.enrichment.FirstOfContactFunction;
import com.penguinmails.streamjobs.kafka.DeadLetter;
import com.penguinmails.streamjobs.kafka.KafkaRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink job that enriches every event of {@code events.raw} and stores it in the ClickHouse {@code events} table
 * exactly once in effect.
 *
 * <pre>
 * Kafka events.raw -> decode (undecodable -> dead letters -> events.dlq)
 *                  -> keyBy (tenant_id, message_id) -> deduplicate by event_id (first wins, TTL)
 *                  -> keyBy (tenant_id, message_id) -> enrich (engagement class, provider, time zone, first of message)
 *                  -> keyBy (tenant_id, contact_id) -> first of contact
 *                  -> ClickHouse events, and whatever stage a caller attaches to the stream {@link #build} returns
 * </pre>
 *
 * <p>Exactly once in effect: Kafka offsets, deduplication state and the staged ClickHouse batches are all in the same
 * checkpoint, and a batch committed again after a failure carries the same {@code insert_deduplication_token}, which
 * the table ignores (see {@link com.penguinmails.streamjobs.clickhouse.ClickHouseSink}). Every stateful operator has a
 * stable uid; never change them, or a restored job loses its state.
 *
 * <p>Run it on a cluster with {@link #main} (a config path), or in-process: {@code fromConfig(config).build(env)}
 * then {@code env.executeAsync(NAME)}.
 */
public final class EventsToClickHouseJob {

    /** The job's name. */
    public static final String NAME = "events-to-clickhouse";

    /** Operator uids: part of the checkpoint format. */
    static final String SOURCE_UID = "events-raw-source";
    static final String DECODE_UID = "decode-events";
    static final String DEDUPLICATE_UID = "deduplicate-events";
    static final String ENRICH_UID = "enrich-message-events";
    static final String FIRST_OF_CONTACT_UID = "first-of-contact";
    static final String CLICKHOUSE_SINK_UID = "clickhouse-events-sink";
    static final String DEAD_LETTER_SINK_UID = "events-dead-letter-sink";

    private final Source<KafkaRecord, ?, ?> source;
    private final Sink<Event> clickHouseSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final Duration dedupTtl;
    private final EnrichmentSettings enrichment;
    private final Configuration runtime;

    /**
     * @param source raw records of {@code events.raw}
     * @param clickHouseSink where deduplicated events go
     * @param deadLetterSink where records that cannot be stored go
     * @param dedupTtl how long an event id is remembered
     * @param runtime Flink settings applied to the environment by {@link #build} (checkpointing, restart strategy,
     *     parallelism); checkpointing must be on for rows to reach ClickHouse from an unbounded source
     */
    public EventsToClickHouseJob(Source<KafkaRecord, ?, ?> source, Sink<Event> clickHouseSink,
            Sink<DeadLetter> deadLetterSink, Duration dedupTtl, Configuration runtime) {
        this(source, clickHouseSink, deadLetterSink, dedupTtl, EnrichmentSettings.defaults(), runtime);
    }

    /**
     * @param source raw records of {@code events.raw}
     * @param clickHouseSink where enriched, deduplicated events go
     * @param deadLetterSink where records that cannot be stored go
     * @param dedupTtl how long an event id is remembered
     * @param enrichment state TTLs, classifier windows and per-tenant settings of the enrichment operators
     * @param runtime Flink settings applied to the environment by {@link #build}
     */
    public EventsToClickHouseJob(Source<KafkaRecord, ?, ?> source, Sink<Event> clickHouseSink,
            Sink<DeadLetter> deadLetterSink, Duration dedupTtl, EnrichmentSettings enrichment, Configuration runtime) {
        this.source = Objects.requireNonNull(source, "source");
        this.clickHouseSink = Objects.requireNonNull(clickHouseSink, "clickHouseSink");
        this.deadLetterSink = Objects.requireNonNull(deadLetterSink, "deadLetterSink");
        this.dedupTtl = Objects.requireNonNull(dedupTtl, "dedupTtl");
        this.enrichment = Objects.requireNonNull(enrichment, "enrichment");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /** The job with the Kafka source, ClickHouse sink, dead-letter sink and runtime settings of a configuration. */
    public static EventsToClickHouseJob fromConfig(StreamJobsConfiguration config) {
        return new EventsToClickHouseJob(
                config.getKafka().buildSource(),
                config.getClickHouseSink().build(config.getClickHouse(), EventsRow.TABLE, new EventsRowEncoder()),
                config.getKafka().buildDeadLetterSink(),
                config.getDedupTtl().toJavaDuration(),
                config.getEnrichment().build(),
                config.flinkConfiguration());
    }

    /**
     * Applies the job's runtime settings to {@code env} (and enables object reuse, which this job's functions allow)
     * and adds the job's pipeline to it; the caller executes it.
     *
     * @return the enriched events (every event once, {@code enrichment} set), already flowing into ClickHouse; attach
     *     further stages to it before executing, e.g. {@code HealthStage.attach(job.build(env))}. A stage must not
     *     change the events it receives (they are shared with the ClickHouse sink under object reuse) and needs
     *     stable uids of its own.
     */
    public DataStream<Event> build(StreamExecutionEnvironment env) {
        GeneratedEventClasses.trust();
        env.configure(runtime);
        // Safe here: no function keeps or changes a record after passing it on, so chained operators may share
        // records instead of deep-copying every Avro event between them.
        env.getConfig().enableObjectReuse();
        AvroTypeInfo<Event> eventType = new AvroTypeInfo<>(Event.class);

        SingleOutputStreamOperator<Event> events = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "Kafka events.raw")
                .uid(SOURCE_UID)
                .process(new DecodeEventsFunction(), eventType)
                .uid(DECODE_UID)
                .name("Decode events");

        events.getSideOutput(DecodeEventsFunction.DEAD_LETTERS)
                .sinkTo(deadLetterSink)
                .uid(DEAD_LETTER_SINK_UID)
                .name("Dead letters");

        // Dedup and enrichment are both keyed by message, so a message's events keep their Kafka order through both.
        DataStream<Event> enriched = events.keyBy(EngagementKeys.byMessage(), EngagementKeys.TYPE)
                .process(new DeduplicateEventsFunction(dedupTtl), eventType)
                .uid(DEDUPLICATE_UID)
                .name("Deduplicate events")
                .keyBy(EngagementKeys.byMessage(), EngagementKeys.TYPE)
                .process(new EnrichMessageEventsFunction(enrichment), eventType)
                .uid(ENRICH_UID)
                .name("Enrich message events")
                .keyBy(EngagementKeys.byContact(), EngagementKeys.TYPE)
                .process(new FirstOfContactFunction(enrichment.contactStateTtl()), eventType)
                .uid(FIRST_OF_CONTACT_UID)
                .name("First of contact");

        enriched.sinkTo(clickHouseSink)
                .uid(CLICKHOUSE_SINK_UID)
                .name("ClickHouse events");
        return enriched;
    }

    /**
     * Adds everything the platform runs on {@code events.raw} to {@code env}: this job (events, enriched, into
     * ClickHouse) and the health and alerts stage on its enriched events. The one pipeline used by {@link #main} and
     * the local launcher. Also the attribution stage (stream-jobs/ATTRIBUTION.md).
     */
    public static void buildPlatformPipeline(StreamJobsConfiguration config, StreamExecutionEnvironment env) {
        DataStream<Event> enriched = fromConfig(config).build(env);
        HealthAndAlertsStage.fromConfig(config).attach(enriched);
        AttributionStage.fromConfig(config).attach(enriched);
    }

    /**
     * Runs the job on the environment it is submitted to.
     *
     * @param args {@code --config <path>} or just {@code <path>}: the YAML configuration
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "--config".equals(args[0]) || args.length == 1 && !args[0].startsWith("-")) {
            Path configFile = Path.of(args[args.length - 1]);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            buildPlatformPipeline(StreamJobsConfiguration.load(configFile), env);
            env.execute(NAME);
        } else {
            System.err.println("Usage: EventsToClickHouseJob --config <stream-jobs.yml>");
            System.exit(2);
        }
    }
}
