package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClickHouseSinkWriterTest {

    /** One Int64 column: each element is its own row of 8 bytes. */
    private static final RowBinaryEncoder<Long> INT64 = (value, out) -> out.writeInt64(value);

    @Test
    void stagesTheRowsOfACheckpointAsOneBatch() {
        ClickHouseSinkWriter<Long> writer = writer(2, 0);
        write(writer, 1, 2, 3);

        List<ClickHouseBatch> batches = new ArrayList<>(writer.prepareCommit());

        assertThat(batches).hasSize(1);
        ClickHouseBatch batch = batches.get(0);
        assertThat(batch.rowCount()).isEqualTo(3);
        assertThat(batch.deduplicationToken()).startsWith("events:2:0:");
        RowBinaryReader reader = new RowBinaryReader(batch.rows());
        assertThat(List.of(reader.read("Int64"), reader.read("Int64"), reader.read("Int64")))
                .containsExactly(1L, 2L, 3L);
        assertThat(reader.hasRemaining()).isFalse();
    }

    @Test
    void stagesNothingWhenNoRowsArrived() {
        ClickHouseSinkWriter<Long> writer = writer(0, 0);

        assertThat(writer.prepareCommit()).isEmpty();
        assertThat(writer.snapshotState(1)).containsExactly(new ClickHouseWriterState(0));
    }

    @Test
    void numbersBatchesAndCheckpointsTheNextNumber() {
        ClickHouseSinkWriter<Long> writer = writer(0, 0);
        write(writer, 1);
        String first = writer.prepareCommit().iterator().next().deduplicationToken();
        write(writer, 1);
        String second = writer.prepareCommit().iterator().next().deduplicationToken();

        assertThat(first).startsWith("events:0:0:");
        assertThat(second).startsWith("events:0:1:");
        assertThat(writer.snapshotState(2)).containsExactly(new ClickHouseWriterState(2));
    }

    @Test
    void continuesTheRestoredSequence() {
        ClickHouseSinkWriter<Long> writer = writer(0, 17);
        write(writer, 1);

        assertThat(writer.prepareCommit().iterator().next().deduplicationToken()).startsWith("events:0:17:");
    }

    @Test
    void cutsBatchesAtTheMaximumSize() {
        ClickHouseSinkWriter<Long> writer = new ClickHouseSinkWriter<>("events", 0, INT64, 20, 0);
        write(writer, 1, 2, 3, 4, 5, 6, 7);

        List<ClickHouseBatch> batches = new ArrayList<>(writer.prepareCommit());

        assertThat(batches).extracting(ClickHouseBatch::rowCount).containsExactly(3, 3, 1);
        assertThat(batches).extracting(ClickHouseBatch::deduplicationToken)
                .allMatch(token -> token.startsWith("events:0:"))
                .doesNotHaveDuplicates();
        assertThat(writer.snapshotState(1)).containsExactly(new ClickHouseWriterState(3));
    }

    @Test
    void sameElementsInSameStateGiveTheSameBatches() {
        ClickHouseSinkWriter<Long> first = writer(1, 5);
        ClickHouseSinkWriter<Long> replay = writer(1, 5);
        write(first, 10, 20, 30);
        write(replay, 10, 20, 30);

        assertThat(replay.prepareCommit()).containsExactlyElementsOf(first.prepareCommit());
    }

    @Test
    void differentRowsUnderTheSameSequenceGetDifferentTokens() {
        ClickHouseSinkWriter<Long> first = writer(1, 5);
        ClickHouseSinkWriter<Long> other = writer(1, 5);
        write(first, 10, 20);
        write(other, 20, 10);

        assertThat(other.prepareCommit().iterator().next().deduplicationToken())
                .isNotEqualTo(first.prepareCommit().iterator().next().deduplicationToken());
    }

    private static ClickHouseSinkWriter<Long> writer(int subtask, long nextSequence) {
        return new ClickHouseSinkWriter<>("events", subtask, INT64, 1 << 20, nextSequence);
    }

    private static void write(ClickHouseSinkWriter<Long> writer, long... values) {
        for (long value : values) {
            writer.write(value, null);
        }
    }
}
