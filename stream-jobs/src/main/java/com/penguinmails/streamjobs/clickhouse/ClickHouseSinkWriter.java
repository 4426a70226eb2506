package com.penguinmails.streamjobs.clickhouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;

/**
 * Buffers elements as RowBinary rows and, at each checkpoint (or the end of input), hands them to the committer as
 * {@link ClickHouseBatch}es; it never talks to ClickHouse itself.
 *
 * <p>Rows are cut into batches of about {@code maxBatchBytes}. Each batch gets the subtask's next sequence number
 * and a token from {@link DeduplicationToken}; the next sequence number is this writer's checkpointed state. The
 * buffer is always empty when state is taken ({@link #prepareCommit()} runs first), so rows that arrived after the
 * last checkpoint are replayed from the source after a failure, never restored from here.
 *
 * @param <T> the element type
 */
public final class ClickHouseSinkWriter<T>
        implements StatefulSinkWriter<T, ClickHouseWriterState>, CommittingSinkWriter<T, ClickHouseBatch> {

    private final String sinkId;
    private final int subtask;
    private final RowBinaryEncoder<T> encoder;
    private final int maxBatchBytes;
    private final RowBinaryOutput buffer = new RowBinaryOutput();
    private final List<SealedRows> sealed = new ArrayList<>();
    private int rowsInBuffer;
    private long nextSequence;

    /**
     * @param sinkId names the sink in tokens; see {@link DeduplicationToken#SINK_ID}
     * @param subtask this writer's subtask index
     * @param encoder turns an element into a row
     * @param maxBatchBytes a batch is cut once its rows reach this many bytes
     * @param nextSequence the sequence number of the first batch (restored state, else 0)
     */
    public ClickHouseSinkWriter(String sinkId, int subtask, RowBinaryEncoder<T> encoder, int maxBatchBytes,
            long nextSequence) {
        if (maxBatchBytes < 1) {
            throw new IllegalArgumentException("maxBatchBytes must be positive: " + maxBatchBytes);
        }
        this.sinkId = sinkId;
        this.subtask = subtask;
        this.encoder = encoder;
        this.maxBatchBytes = maxBatchBytes;
        this.nextSequence = nextSequence;
    }

    @Override
    public void write(T element, Context context) {
        encoder.encode(element, buffer);
        rowsInBuffer++;
        if (buffer.size() >= maxBatchBytes) {
            seal();
        }
    }

    /** Nothing to do: rows leave only as committables, at {@link #prepareCommit()}. */
    @Override
    public void flush(boolean endOfInput) {
    }

    /** The rows buffered since the last call, as batches with their tokens; empty when no rows arrived. */
    @Override
    public Collection<ClickHouseBatch> prepareCommit() {
        seal();
        List<ClickHouseBatch> batches = new ArrayList<>(sealed.size());
        for (SealedRows rows : sealed) {
            long sequence = nextSequence++;
            String token = DeduplicationToken.forBatch(sinkId, subtask, sequence, rows.bytes());
            batches.add(new ClickHouseBatch(token, rows.count(), rows.bytes()));
        }
        sealed.clear();
        return batches;
    }

    @Override
    public List<ClickHouseWriterState> snapshotState(long checkpointId) {
        return List.of(new ClickHouseWriterState(nextSequence));
    }

    @Override
    public void close() {
        sealed.clear();
    }

    private void seal() {
        if (rowsInBuffer > 0) {
            sealed.add(new SealedRows(rowsInBuffer, buffer.takeBytes()));
            rowsInBuffer = 0;
        }
    }

    private record SealedRows(int count, byte[] bytes) {
    }
}
