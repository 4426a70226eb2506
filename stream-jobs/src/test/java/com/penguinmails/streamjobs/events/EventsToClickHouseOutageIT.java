package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** ClickHouse goes away while events flow: the job retries, restarts, waits, and catches up without loss or doubles. */
@ExtendWith(EmbeddedStackExtension.class)
class EventsToClickHouseOutageIT {

    @TempDir
    Path checkpoints;

    @Test
    void catchesUpExactlyAfterClickHouseComesBack(EmbeddedStack stack) throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, "outage")) {
            pipeline.produce(EventStreams.numbered(pipeline.tenant, 0, 1_000));
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
            EventsToClickHouseJob.fromConfig(pipeline.config(checkpoints)).build(env);
            JobClient job = env.executeAsync(EventsToClickHouseJob.NAME);
            try (ContinuousProducer producer = new ContinuousProducer(pipeline, 1_000, 13_000, 200, 100)) {
                await().atMost(Duration.ofSeconds(40)).until(() -> pipeline.count() > 0);

                stack.clickHouse().stop();
                long producedWhenDown = producer.produced();
                Thread.sleep(6_000);
                assertThat(producer.produced()).as("events kept coming").isGreaterThan(producedWhenDown);
                stack.clickHouse().start();

                long produced = producer.awaitAll();
                EventsToClickHouseRecoveryIT.awaitExactly(pipeline, produced);
                assertThat(job.getJobStatus().get().isGloballyTerminalState()).as("the job is still running")
                        .isFalse();
            } finally {
                stack.clickHouse().start();
                job.cancel().get();
            }
        }
    }
}
