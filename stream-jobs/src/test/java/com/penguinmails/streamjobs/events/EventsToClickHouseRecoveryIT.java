package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSink;
import com.penguinmails.streamjobs.clickhouse.FailOnceSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures in the middle of a stream: the unbounded job is killed and a new one starts from its retained checkpoint,
 * or a failure is injected and Flink restarts the job; either way ClickHouse ends with every event exactly once.
 */
@ExtendWith(EmbeddedStackExtension.class)
class EventsToClickHouseRecoveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @TempDir
    Path checkpoints;

    /**
     * The first job is cancelled while the first half of the stream may still be arriving; the second half is
     * produced only after that, so the first job cannot have stored everything, however fast or slow the machine.
     */
    @Test
    void aNewJobFromTheLastCheckpointOfAKilledOneStoresEveryEventOnce(EmbeddedStack stack) throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, "restore")) {
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            JobClient first = start(EventsToClickHouseJob.fromConfig(config), new Configuration());
            long storedByFirst;
            try (ContinuousProducer firstHalf = new ContinuousProducer(pipeline, 0, 10_000, 250, 50)) {
                await().atMost(PATIENCE).until(() -> pipeline.count() > 0
                        && EventsPipelineFixture.latestCheckpoint(checkpoints).isPresent());
                first.cancel().get();
                storedByFirst = pipeline.count();
                firstHalf.awaitAll();
            }
            Path checkpoint = EventsPipelineFixture.latestCheckpoint(checkpoints).orElseThrow();

            Configuration restore = new Configuration();
            restore.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            JobClient second = start(EventsToClickHouseJob.fromConfig(config), restore);
            try (ContinuousProducer secondHalf = new ContinuousProducer(pipeline, 10_000, 20_000, 250, 50)) {
                long produced = secondHalf.awaitAll();
                assertThat(storedByFirst).as("the first job stopped mid-stream").isLessThan(produced);
                awaitExactly(pipeline, produced);
            } finally {
                second.cancel().get();
            }
        }
    }

    @Test
    void aFailureWithRowsBufferedReplaysThemWithoutDoubling(EmbeddedStack stack) throws Exception {
        runWithInjectedFailure(stack, "writer-failure", FailOnceSink.Failure.WRITER);
    }

    @Test
    void aFailureRightAfterAnInsertCommitsTheSameBatchAgainWhichClickHouseIgnores(EmbeddedStack stack)
            throws Exception {
        runWithInjectedFailure(stack, "commit-failure", FailOnceSink.Failure.AFTER_COMMIT);

        List<String> tokens = FailOnceSink.committedTokens("commit-failure");
        assertThat(tokens).as("a batch was committed twice, with the same token").hasSizeGreaterThan(
                (int) tokens.stream().distinct().count());
    }

    /**
     * Produces half the events, waits for the first commit, then produces the rest: the failure is injected only
     * after a commit, so both halves of the stream see the job before and after its restart, whatever the timing.
     */
    private void runWithInjectedFailure(EmbeddedStack stack, String name, FailOnceSink.Failure failure)
            throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, name)) {
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            ClickHouseSink<Event> sink = config.getClickHouseSink()
                    .build(config.getClickHouse(), EventsRow.TABLE, new EventsRowEncoder());
            EventsToClickHouseJob job = new EventsToClickHouseJob(config.getKafka().buildSource(),
                    new FailOnceSink<>(sink, name, failure), config.getKafka().buildDeadLetterSink(),
                    config.getDedupTtl().toJavaDuration(), config.flinkConfiguration());

            JobClient client = start(job, new Configuration());
            try {
                try (ContinuousProducer firstHalf = new ContinuousProducer(pipeline, 0, 6_000, 400, 50)) {
                    firstHalf.awaitAll();
                }
                await().atMost(PATIENCE).until(() -> !FailOnceSink.committedTokens(name).isEmpty());
                try (ContinuousProducer secondHalf = new ContinuousProducer(pipeline, 6_000, 12_000, 400, 50)) {
                    long produced = secondHalf.awaitAll();
                    awaitExactly(pipeline, produced);
                }
                assertThat(FailOnceSink.hasFailed(name)).as("the injected failure happened").isTrue();
            } finally {
                client.cancel().get();
            }
        }
    }

    private static JobClient start(EventsToClickHouseJob job, Configuration environment) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(environment);
        job.build(env);
        return env.executeAsync(EventsToClickHouseJob.NAME);
    }

    /** Waits until every produced event is stored, then checks a few more checkpoints add nothing. */
    static void awaitExactly(EventsPipelineFixture pipeline, long produced) throws InterruptedException {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> pipeline.count() >= produced);
        Thread.sleep(3_000);
        assertThat(pipeline.count()).as("rows, raw count").isEqualTo(produced);
        assertThat(pipeline.distinctEvents()).as("distinct event ids").isEqualTo(produced);
    }
}
