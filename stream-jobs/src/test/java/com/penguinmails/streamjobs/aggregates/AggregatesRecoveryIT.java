package com.penguinmails.streamjobs.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSink;
import com.penguinmails.streamjobs.clickhouse.FailOnceSink;
import com.penguinmails.streamjobs.events.EventsRow;
import com.penguinmails.streamjobs.events.EventsRowEncoder;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure injection: the job is killed mid-stream and a new one restores its last checkpoint, or a batch is committed
 * to ClickHouse a second time after a failure; either way every aggregate ends exactly equal to the reference.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AggregatesRecoveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int CHUNK = 200;

    @TempDir
    Path checkpoints;

    /** The second half is produced only after the first job is cancelled: it cannot have stored everything. */
    @Test
    void aJobRestoredFromTheCheckpointOfAKilledOneLeavesEveryAggregateExact(EmbeddedStack stack) throws Exception {
        try (AggregatesPipeline pipeline = new AggregatesPipeline(stack, "restore")) {
            List<Event> events = GeneratedTraffic.of(pipeline.tenant, 23, 4_000);
            int half = events.size() / 2;
            StreamJobsConfiguration config = pipeline.config(checkpoints);

            JobClient first = AggregatesPipeline.start(EventsToClickHouseJob.fromConfig(config), new Configuration());
            CompletableFuture<Void> firstHalf = produceSlowly(pipeline, events.subList(0, half));
            await().atMost(PATIENCE).until(() -> pipeline.storedEvents() > 0
                    && AggregatesPipeline.latestCheckpoint(checkpoints).isPresent());
            first.cancel().get();
            long storedByFirst = pipeline.storedEvents();
            firstHalf.join();
            Path checkpoint = AggregatesPipeline.latestCheckpoint(checkpoints).orElseThrow();

            Configuration restore = new Configuration();
            restore.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            JobClient second = AggregatesPipeline.start(EventsToClickHouseJob.fromConfig(config), restore);
            try {
                pipeline.produce(events.subList(half, events.size()));
                AggregateAssertions.awaitEveryEventStoredOnce(pipeline, events.size());
            } finally {
                second.cancel().get();
            }
            assertThat(storedByFirst).as("the first job stopped mid-stream").isLessThan(events.size());
            AggregateAssertions.assertAggregatesMatch(pipeline, events);
        }
    }

    @Test
    void aBatchCommittedAgainAfterAFailureIsNotCountedTwice(EmbeddedStack stack) throws Exception {
        String name = "aggregates-commit-failure";
        try (AggregatesPipeline pipeline = new AggregatesPipeline(stack, "commit-failure")) {
            List<Event> events = GeneratedTraffic.of(pipeline.tenant, 37, 3_000);
            int half = events.size() / 2;
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            ClickHouseSink<Event> sink = config.getClickHouseSink()
                    .build(config.getClickHouse(), EventsRow.TABLE, new EventsRowEncoder());
            EventsToClickHouseJob job = new EventsToClickHouseJob(config.getKafka().buildSource(),
                    new FailOnceSink<>(sink, name, FailOnceSink.Failure.AFTER_COMMIT),
                    config.getKafka().buildDeadLetterSink(), config.getDedupTtl().toJavaDuration(),
                    config.getEnrichment().build(), config.flinkConfiguration());

            JobClient client = AggregatesPipeline.start(job, new Configuration());
            try {
                pipeline.produce(events.subList(0, half));
                await().atMost(PATIENCE).until(() -> !FailOnceSink.committedTokens(name).isEmpty());
                pipeline.produce(events.subList(half, events.size()));
                AggregateAssertions.awaitEveryEventStoredOnce(pipeline, events.size());
            } finally {
                client.cancel().get();
            }
            assertThat(FailOnceSink.hasFailed(name)).as("the injected failure happened").isTrue();
            List<String> tokens = FailOnceSink.committedTokens(name);
            assertThat(tokens).as("a batch was committed twice, with the same token")
                    .hasSizeGreaterThan((int) tokens.stream().distinct().count());
            AggregateAssertions.assertAggregatesMatch(pipeline, events);
        }
    }

    private static CompletableFuture<Void> produceSlowly(AggregatesPipeline pipeline, List<Event> events) {
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
