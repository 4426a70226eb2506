package com.penguinmails.streamjobs.clickhouse;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.connector.sink2.CommittableMessage;
import org.apache.flink.streaming.api.connector.sink2.SupportsPreCommitTopology;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * A Flink sink that writes into one ClickHouse table exactly once in effect, without transactions.
 *
 * <p>The {@link ClickHouseSinkWriter} buffers rows between checkpoints and stages them as {@link ClickHouseBatch}es,
 * each with a deterministic {@code insert_deduplication_token}; Flink keeps the batches in the checkpoint and the
 * {@link ClickHouseCommitter} inserts them once the checkpoint is complete. A batch committed again after a failure
 * carries the same token and bytes, and the table ignores it. The table must keep recent tokens: a MergeTree with
 * {@code non_replicated_deduplication_window} at least the number of inserts that can be re-committed (a few per
 * subtask), or a Replicated*MergeTree.
 *
 * <p>The committer runs in its own task, after a hand-over that starts a new operator chain: an insert blocks only
 * that task while the writer and everything upstream keep processing (chained, every insert would stall the whole
 * pipeline for its duration).
 *
 * <p>Checkpointing must be on: rows become visible only when a checkpoint completes (or at the end of a bounded
 * input). Between checkpoints each subtask holds its rows in memory, about one checkpoint interval of its share of
 * the traffic, and the checkpoint stores them again until they are committed.
 *
 * @param <T> the element type
 */
public final class ClickHouseSink<T> implements Sink<T>, SupportsWriterState<T, ClickHouseWriterState>,
        SupportsCommitter<ClickHouseBatch>, SupportsPreCommitTopology<ClickHouseBatch, ClickHouseBatch> {

    private static final long serialVersionUID = 1L;

    private final String sinkId;
    private final ClickHouseEndpoint endpoint;
    private final ClickHouseTable table;
    private final RowBinaryEncoder<T> encoder;
    private final Backoff backoff;
    private final int maxBatchBytes;
    private final Duration insertTimeout;

    /**
     * @param sinkId names this sink in tokens; must match {@link DeduplicationToken#SINK_ID} and stay the same across
     *     restarts of the job
     * @param endpoint where ClickHouse is
     * @param table the table and the columns {@code encoder} writes
     * @param encoder turns an element into a row
     * @param backoff how failed inserts are retried before the job fails
     * @param maxBatchBytes rows are cut into inserts of about this size
     * @param insertTimeout how long one insert may take
     * @throws IllegalArgumentException if the sink id is invalid
     */
    public ClickHouseSink(String sinkId, ClickHouseEndpoint endpoint, ClickHouseTable table,
            RowBinaryEncoder<T> encoder, Backoff backoff, int maxBatchBytes, Duration insertTimeout) {
        if (sinkId == null || !DeduplicationToken.SINK_ID.matcher(sinkId).matches()) {
            throw new IllegalArgumentException("Sink id must match " + DeduplicationToken.SINK_ID + ": " + sinkId);
        }
        this.sinkId = sinkId;
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.table = Objects.requireNonNull(table, "table");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.maxBatchBytes = maxBatchBytes;
        this.insertTimeout = Objects.requireNonNull(insertTimeout, "insertTimeout");
    }

    @Override
    public ClickHouseSinkWriter<T> createWriter(WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    /**
     * A writer continuing the highest sequence among the restored states, so its tokens never repeat one of a batch
     * the previous run may have committed; after a scale-down one writer receives several states.
     */
    @Override
    public ClickHouseSinkWriter<T> restoreWriter(WriterInitContext context,
            Collection<ClickHouseWriterState> recoveredState) {
        long nextSequence = recoveredState.stream().mapToLong(ClickHouseWriterState::nextSequence).max().orElse(0);
        return new ClickHouseSinkWriter<>(sinkId, context.getTaskInfo().getIndexOfThisSubtask(), encoder,
                maxBatchBytes, nextSequence);
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseWriterState> getWriterStateSerializer() {
        return new ClickHouseWriterStateSerializer();
    }

    @Override
    public Committer<ClickHouseBatch> createCommitter(CommitterInitContext context) throws IOException {
        return new ClickHouseCommitter(new RowBinaryInserter(endpoint.openClient(), table, insertTimeout), backoff,
                ClickHouseCommitter.Sleeper.THREAD, context.metricGroup());
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseBatch> getCommittableSerializer() {
        return new ClickHouseBatchSerializer();
    }

    /** Passes the batches on unchanged, across a task boundary, so the committer does not block the writer. */
    @Override
    public DataStream<CommittableMessage<ClickHouseBatch>> addPreCommitTopology(
            DataStream<CommittableMessage<ClickHouseBatch>> committables) {
        return committables
                .map(new HandOver())
                .returns(committables.getType())
                .name("Hand-over")
                .uid("hand-over") // Flink prefixes it with the sink's uid
                .startNewChain();
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseBatch> getWriteResultSerializer() {
        return new ClickHouseBatchSerializer();
    }
}
