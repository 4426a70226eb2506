package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.connector.sink2.CommittableMessage;
import org.apache.flink.streaming.api.connector.sink2.CommittableWithLineage;
import org.apache.flink.streaming.runtime.operators.sink.SinkWriterOperatorFactory;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The sink's writer inside Flink's own writer operator: committables at checkpoints, state through snapshots. */
class ClickHouseSinkWriterOperatorTest {

    private static final int MAX_PARALLELISM = 128;

    private static final ClickHouseSink<Long> SINK = new ClickHouseSink<>("events",
            new ClickHouseEndpoint("http://127.0.0.1:1", "default", "", "penguinmails", true, 1_000, 1_000, 1),
            new ClickHouseTable("numbers", List.of("n")), (value, out) -> out.writeInt64(value),
            new Backoff(3, Duration.ofMillis(10), Duration.ofMillis(100)), 1 << 20, Duration.ofSeconds(5));

    @Test
    void emitsTheRowsOfACheckpointAsOneCommittableOfThatCheckpoint() throws Exception {
        try (var harness = harness(1, 0)) {
            harness.open();
            harness.processElement(1L, 1);
            harness.processElement(2L, 2);
            harness.prepareSnapshotPreBarrier(7);

            List<CommittableWithLineage<ClickHouseBatch>> committables = committables(harness);

            assertThat(committables).singleElement().satisfies(committable -> {
                assertThat(committable.getCheckpointId()).isEqualTo(7);
                assertThat(committable.getCommittable().rowCount()).isEqualTo(2);
                assertThat(committable.getCommittable().deduplicationToken()).startsWith("events:0:0:");
            });
        }
    }

    @Test
    void continuesTheSequenceAfterARestore() throws Exception {
        OperatorSubtaskState state;
        try (var harness = harness(1, 0)) {
            harness.open();
            for (long checkpoint = 1; checkpoint <= 3; checkpoint++) {
                harness.processElement(checkpoint, checkpoint);
                harness.prepareSnapshotPreBarrier(checkpoint);
            }
            state = harness.snapshot(3, 3);
        }

        try (var restored = harness(1, 0)) {
            restored.initializeState(state);
            restored.open();
            restored.processElement(4L, 4);
            restored.prepareSnapshotPreBarrier(4);

            assertThat(committables(restored)).singleElement().satisfies(committable ->
                    assertThat(committable.getCommittable().deduplicationToken()).startsWith("events:0:3:"));
        }
    }

    @Test
    void continuesTheHighestSequenceWhenScaledDown() throws Exception {
        OperatorSubtaskState first = snapshotAfterBatches(0, 2);
        OperatorSubtaskState second = snapshotAfterBatches(1, 5);
        OperatorSubtaskState merged = AbstractStreamOperatorTestHarness.repartitionOperatorState(
                AbstractStreamOperatorTestHarness.repackageState(first, second), MAX_PARALLELISM, 2, 1, 0);

        try (var restored = harness(1, 0)) {
            restored.initializeState(merged);
            restored.open();
            restored.processElement(9L, 9);
            restored.prepareSnapshotPreBarrier(9);

            assertThat(committables(restored)).singleElement().satisfies(committable ->
                    assertThat(committable.getCommittable().deduplicationToken()).startsWith("events:0:5:"));
        }
    }

    private static OperatorSubtaskState snapshotAfterBatches(int subtask, int batches) throws Exception {
        try (var harness = harness(2, subtask)) {
            harness.open();
            for (long checkpoint = 1; checkpoint <= batches; checkpoint++) {
                harness.processElement(checkpoint, checkpoint);
                harness.prepareSnapshotPreBarrier(checkpoint);
            }
            return harness.snapshot(batches, batches);
        }
    }

    private static OneInputStreamOperatorTestHarness<Long, CommittableMessage<ClickHouseBatch>> harness(
            int parallelism, int subtask) throws Exception {
        return new OneInputStreamOperatorTestHarness<>(new SinkWriterOperatorFactory<Long, ClickHouseBatch>(SINK),
                MAX_PARALLELISM, parallelism, subtask);
    }

    @SuppressWarnings("unchecked")
    private static List<CommittableWithLineage<ClickHouseBatch>> committables(
            OneInputStreamOperatorTestHarness<Long, CommittableMessage<ClickHouseBatch>> harness) {
        return harness.extractOutputValues().stream()
                .filter(CommittableWithLineage.class::isInstance)
                .map(message -> (CommittableWithLineage<ClickHouseBatch>) message)
                .toList();
    }
}
