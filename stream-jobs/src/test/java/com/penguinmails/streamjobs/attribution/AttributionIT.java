package com.penguinmails.streamjobs.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.FailOnceSink;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real events job with the attribution stage on generated traffic (out of order, a quarter of the touches held
 * back until after their conversions): the credits in ClickHouse equal an independent computation from the raw
 * events, also when the job is killed mid-stream and restored from its last checkpoint, and when a credits batch is
 * committed to ClickHouse a second time after a failure.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AttributionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int CHUNK = 300;

    @TempDir
    Path checkpoints;

    @Test
    void creditsMatchAnIndependentComputationDespiteOutOfOrderAndLateTouches(EmbeddedStack stack) throws Exception {
        try (AttributionPipeline pipeline = new AttributionPipeline(stack, "match")) {
            List<Event> events = AttributionTraffic.of(pipeline.tenant, 41, 6_000);
            JobClient job = AttributionPipeline.start(pipeline.config(checkpoints), new Configuration());
            try {
                pipeline.produce(events);
                awaitEverything(pipeline, events);
            } finally {
                job.cancel().get();
            }
            assertCreditsMatch(pipeline, events);
            assertThat(pipeline.count("SELECT count(DISTINCT conversion_id) FROM penguinmails.attribution_journeys"
                    + " FINAL WHERE tenant_id = {tenant} AND version > 1"))
                    .as("conversions re-computed after a late touch").isGreaterThan(5);
        }
    }

    /** The second part is produced only after the first job is cancelled: it cannot have attributed everything. */
    @Test
    void aJobRestoredFromTheCheckpointOfAKilledOneLeavesEveryCreditExact(EmbeddedStack stack) throws Exception {
        try (AttributionPipeline pipeline = new AttributionPipeline(stack, "restore")) {
            List<Event> events = AttributionTraffic.of(pipeline.tenant, 43, 6_000);
            int half = events.size() / 2;
            StreamJobsConfiguration config = pipeline.config(checkpoints);

            JobClient first = AttributionPipeline.start(config, new Configuration());
            CompletableFuture<Void> firstHalf = produceSlowly(pipeline, events.subList(0, half));
            await().atMost(PATIENCE).until(() -> pipeline.attributedConversions() > 0
                    && AttributionPipeline.latestCheckpoint(checkpoints).isPresent());
            first.cancel().get();
            firstHalf.join();
            long storedByFirst = pipeline.storedEvents();
            Path checkpoint = AttributionPipeline.latestCheckpoint(checkpoints).orElseThrow();

            Configuration restore = new Configuration();
            restore.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            JobClient second = AttributionPipeline.start(config, restore);
            try {
                pipeline.produce(events.subList(half, events.size()));
                awaitEverything(pipeline, events);
            } finally {
                second.cancel().get();
            }
            assertThat(storedByFirst).as("the first job stopped mid-stream").isLessThan(events.size());
            assertCreditsMatch(pipeline, events);
            assertThat(pipeline.count("SELECT count() FROM (SELECT conversion_id, model, touch_event_id, version,"
                    + " count() AS n FROM penguinmails.attribution_credits WHERE tenant_id = {tenant}"
                    + " GROUP BY conversion_id, model, touch_event_id, version HAVING n > 1)"))
                    .as("credit rows stored twice").isZero();
        }
    }

    @Test
    void aCreditBatchCommittedAgainAfterAFailureIsNotCountedTwice(EmbeddedStack stack) throws Exception {
        String name = "attribution-commit-failure";
        try (AttributionPipeline pipeline = new AttributionPipeline(stack, "commit-failure")) {
            List<Event> events = AttributionTraffic.of(pipeline.tenant, 47, 6_000);
            int half = events.size() / 2;
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            AttributionFactory attribution = config.getAttribution();
            AttributionStage stage = new AttributionStage(
                    new FailOnceSink<>(attribution.buildCreditsSink(config.getClickHouseSink(), config.getClickHouse()),
                            name, FailOnceSink.Failure.AFTER_COMMIT),
                    attribution.buildJourneysSink(config.getClickHouseSink(), config.getClickHouse()),
                    attribution.settings());

            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
            stage.attach(EventsToClickHouseJob.fromConfig(config).build(env));
            JobClient job = env.executeAsync(EventsToClickHouseJob.NAME);
            try {
                pipeline.produce(events.subList(0, half));
                await().atMost(PATIENCE).until(() -> !FailOnceSink.committedTokens(name).isEmpty());
                pipeline.produce(events.subList(half, events.size()));
                awaitEverything(pipeline, events);
            } finally {
                job.cancel().get();
            }
            assertThat(FailOnceSink.hasFailed(name)).as("the injected failure happened").isTrue();
            List<String> tokens = FailOnceSink.committedTokens(name);
            assertThat(tokens).as("a batch was committed twice, with the same token")
                    .hasSizeGreaterThan((int) tokens.stream().distinct().count());
            assertCreditsMatch(pipeline, events);
            assertThat(pipeline.count("SELECT count() FROM (SELECT conversion_id, model, touch_event_id, version,"
                    + " count() AS n FROM penguinmails.attribution_credits WHERE tenant_id = {tenant}"
                    + " GROUP BY conversion_id, model, touch_event_id, version HAVING n > 1)"))
                    .as("credit rows stored twice").isZero();
        }
    }

    private static void awaitEverything(AttributionPipeline pipeline, List<Event> events) throws Exception {
        long conversions = events.stream().filter(e -> e.getType() == EventType.conversion).count();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> pipeline.storedEvents() >= events.size()
                        && pipeline.attributedConversions() >= conversions);
        // Recomputations caused by the last events land with the same checkpoint as those events; one more interval.
        Thread.sleep(3_000);
        assertThat(pipeline.storedEvents()).isEqualTo(events.size());
    }

    private static void assertCreditsMatch(AttributionPipeline pipeline, List<Event> events) {
        ReferenceAttribution expected = new ReferenceAttribution(events, pipeline.engagementClasses(),
                Duration.ofDays(AttributionPipeline.LOOKBACK_DAYS), Duration.ofDays(7));
        Map<ReferenceAttribution.Key, double[]> stored = pipeline.storedCredits();

        assertThat(expected.conversions).as("conversions in the traffic").isGreaterThan(50);
        assertThat(expected.unattributed).as("unattributed conversions").isGreaterThan(3);
        assertThat(expected.multiTouch).as("conversions with several touches").isGreaterThan(10);
        assertThat(pipeline.attributedConversions()).isEqualTo(expected.conversions);
        Map<ReferenceAttribution.Key, Double> nonZero = new HashMap<>();
        expected.credits.forEach((key, credit) -> {
            if (credit != 0 || expected.revenue.get(key) != 0) {
                nonZero.put(key, credit);
            }
        });
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(nonZero.keySet());
        nonZero.forEach((key, credit) -> {
            assertThat(stored.get(key)[0]).as("credit of %s", key).isCloseTo(credit,
                    within(1e-9));
            assertThat(stored.get(key)[1]).as("revenue of %s", key).isCloseTo(expected.revenue.get(key),
                    within(1e-6));
        });
    }

    private static CompletableFuture<Void> produceSlowly(AttributionPipeline pipeline, List<Event> events) {
        return CompletableFuture.runAsync(() -> {
            for (int from = 0; from < events.size(); from += CHUNK) {
                pipeline.produce(events.subList(from, Math.min(events.size(), from + CHUNK)));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }
}
