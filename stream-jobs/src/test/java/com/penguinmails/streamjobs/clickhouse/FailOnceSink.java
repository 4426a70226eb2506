package com.penguinmails.streamjobs.clickhouse;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.connector.sink2.CommittableMessage;
import org.apache.flink.streaming.api.connector.sink2.SupportsPreCommitTopology;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * A {@link ClickHouseSink} that throws once, after a first batch was committed, to prove a failure in the middle of
 * the stream neither loses nor doubles rows. Where it throws is the {@link Failure} mode.
 *
 * <p>The job runs in the test's JVM (MiniCluster), so the once-only flag and the committed tokens are static,
 * keyed by a name, and survive Flink's restart of the tasks.
 *
 * @param <T> the element type
 */
public final class FailOnceSink<T> implements Sink<T>, SupportsWriterState<T, ClickHouseWriterState>,
        SupportsCommitter<ClickHouseBatch>, SupportsPreCommitTopology<ClickHouseBatch, ClickHouseBatch> {

    private static final long serialVersionUID = 1L;
    private static final ConcurrentHashMap<String, AtomicBoolean> FAILED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, List<String>> COMMITTED_TOKENS = new ConcurrentHashMap<>();

    /** Where the one failure happens. */
    public enum Failure {
        /** In the writer, with rows buffered since the last checkpoint: they must be replayed. */
        WRITER,
        /** In the committer, right after a successful insert: the batch is committed again after the restore. */
        AFTER_COMMIT
    }

    private final ClickHouseSink<T> delegate;
    private final String name;
    private final Failure failure;

    public FailOnceSink(ClickHouseSink<T> delegate, String name, Failure failure) {
        this.delegate = delegate;
        this.name = name;
        this.failure = failure;
        FAILED.put(name, new AtomicBoolean());
        COMMITTED_TOKENS.put(name, new CopyOnWriteArrayList<>());
    }

    /** Whether the failure has happened. */
    public static boolean hasFailed(String name) {
        return FAILED.get(name).get();
    }

    /** The token of every batch committed so far, in commit order, repeats included. */
    public static List<String> committedTokens(String name) {
        return List.copyOf(COMMITTED_TOKENS.get(name));
    }

    @Override
    public StatefulSinkWriter<T, ClickHouseWriterState> createWriter(WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<T, ClickHouseWriterState> restoreWriter(WriterInitContext context,
            Collection<ClickHouseWriterState> recoveredState) {
        return new Writer(delegate.restoreWriter(context, recoveredState));
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseWriterState> getWriterStateSerializer() {
        return delegate.getWriterStateSerializer();
    }

    @Override
    public Committer<ClickHouseBatch> createCommitter(CommitterInitContext context) throws IOException {
        Committer<ClickHouseBatch> committer = delegate.createCommitter(context);
        return new Committer<>() {
            @Override
            public void commit(Collection<CommitRequest<ClickHouseBatch>> requests)
                    throws IOException, InterruptedException {
                committer.commit(requests);
                if (!requests.isEmpty()) {
                    requests.forEach(request ->
                            COMMITTED_TOKENS.get(name).add(request.getCommittable().deduplicationToken()));
                    if (failure == Failure.AFTER_COMMIT && FAILED.get(name).compareAndSet(false, true)) {
                        throw new IOException("Injected failure after committing " + requests);
                    }
                }
            }

            @Override
            public void close() throws Exception {
                committer.close();
            }
        };
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseBatch> getCommittableSerializer() {
        return delegate.getCommittableSerializer();
    }

    @Override
    public DataStream<CommittableMessage<ClickHouseBatch>> addPreCommitTopology(
            DataStream<CommittableMessage<ClickHouseBatch>> committables) {
        return delegate.addPreCommitTopology(committables);
    }

    @Override
    public SimpleVersionedSerializer<ClickHouseBatch> getWriteResultSerializer() {
        return delegate.getWriteResultSerializer();
    }

    private final class Writer
            implements StatefulSinkWriter<T, ClickHouseWriterState>, CommittingSinkWriter<T, ClickHouseBatch> {

        private final ClickHouseSinkWriter<T> writer;

        Writer(ClickHouseSinkWriter<T> writer) {
            this.writer = writer;
        }

        @Override
        public void write(T element, Context context) throws IOException {
            if (failure == Failure.WRITER && !COMMITTED_TOKENS.get(name).isEmpty()
                    && FAILED.get(name).compareAndSet(false, true)) {
                throw new IOException("Injected failure in the writer");
            }
            writer.write(element, context);
        }

        @Override
        public void flush(boolean endOfInput) {
            writer.flush(endOfInput);
        }

        @Override
        public Collection<ClickHouseBatch> prepareCommit() {
            return writer.prepareCommit();
        }

        @Override
        public List<ClickHouseWriterState> snapshotState(long checkpointId) {
            return writer.snapshotState(checkpointId);
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
