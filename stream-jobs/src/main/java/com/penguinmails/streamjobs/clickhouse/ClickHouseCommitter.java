package com.penguinmails.streamjobs.clickhouse;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits {@link ClickHouseBatch}es by inserting them, retrying a failed insert with exponential backoff.
 *
 * <p>Flink calls {@link #commit} once a checkpoint completes, and again with the same batches after a restore if it
 * cannot know they were committed; the batch's token makes ClickHouse ignore the repeats. When a batch still fails
 * after {@link Backoff#maxAttempts()} attempts, {@code commit} throws, the job fails, and Flink's restart strategy
 * restores the last checkpoint, whose batches are committed again: nothing is lost and nothing doubled.
 *
 * <p>Metrics: {@code clickHouseRowsCommitted} and {@code clickHouseBatchesCommitted} (re-commits included, whether or
 * not the server ignored them) and {@code clickHouseFailedInserts} (failed attempts).
 */
public final class ClickHouseCommitter implements Committer<ClickHouseBatch> {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseCommitter.class);

    private final BatchInserter inserter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Counter rowsCommitted;
    private final Counter batchesCommitted;
    private final Counter failedInserts;

    /**
     * @param inserter does each insert; this committer closes it
     * @param backoff how failed inserts are retried
     * @param sleeper waits between attempts
     * @param metrics where the counters are registered
     */
    public ClickHouseCommitter(BatchInserter inserter, Backoff backoff, Sleeper sleeper, MetricGroup metrics) {
        this.inserter = inserter;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.rowsCommitted = metrics.counter("clickHouseRowsCommitted");
        this.batchesCommitted = metrics.counter("clickHouseBatchesCommitted");
        this.failedInserts = metrics.counter("clickHouseFailedInserts");
    }

    /**
     * Inserts every batch, in order.
     *
     * @throws IOException when a batch still fails after the last attempt; the job should then restart
     * @throws InterruptedException when the task is cancelled while waiting to retry
     */
    @Override
    public void commit(Collection<CommitRequest<ClickHouseBatch>> requests) throws IOException, InterruptedException {
        for (CommitRequest<ClickHouseBatch> request : requests) {
            ClickHouseBatch batch = request.getCommittable();
            long started = System.nanoTime();
            insertWithRetries(batch);
            LOG.debug("Committed {} in {} ms", batch, (System.nanoTime() - started) / 1_000_000);
            rowsCommitted.inc(batch.rowCount());
            batchesCommitted.inc();
        }
    }

    private void insertWithRetries(ClickHouseBatch batch) throws IOException, InterruptedException {
        for (int failures = 0; ; ) {
            try {
                inserter.insert(batch);
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures++;
                failedInserts.inc();
                if (!backoff.allowsAnotherAttemptAfter(failures)) {
                    throw new IOException("Could not insert " + batch + " into ClickHouse after " + failures
                            + " attempts; failing so the job restarts from its last checkpoint", e);
                }
                Duration delay = backoff.delayAfter(failures);
                LOG.warn("Insert of {} failed (attempt {} of {}), retrying in {}: {}", batch, failures,
                        backoff.maxAttempts(), delay, e.toString());
                sleeper.sleep(delay);
            }
        }
    }

    @Override
    public void close() throws Exception {
        inserter.close();
    }

    /** Waits between attempts; a seam so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {

        /** The real clock: {@link Thread#sleep}. */
        Sleeper THREAD = delay -> Thread.sleep(delay.toMillis());

        /** Waits for the delay; throws if the thread is interrupted meanwhile. */
        void sleep(Duration delay) throws InterruptedException;
    }
}
