package com.penguinmails.streamjobs.clickhouse;

import org.apache.flink.api.connector.sink2.Committer.CommitRequest;

/** A commit request that remembers how the committer answered it. */
public final class RecordingCommitRequest implements CommitRequest<ClickHouseBatch> {

    private final ClickHouseBatch batch;
    boolean alreadyCommitted;
    boolean retryLater;
    Throwable failure;

    public RecordingCommitRequest(ClickHouseBatch batch) {
        this.batch = batch;
    }

    /** Whether the committer gave up on the batch in any way instead of committing it. */
    public boolean wasRejected() {
        return failure != null || retryLater;
    }

    @Override
    public ClickHouseBatch getCommittable() {
        return batch;
    }

    @Override
    public int getNumberOfRetries() {
        return 0;
    }

    @Override
    public void signalFailedWithKnownReason(Throwable t) {
        failure = t;
    }

    @Override
    public void signalFailedWithUnknownReason(Throwable t) {
        failure = t;
    }

    @Override
    public void retryLater() {
        retryLater = true;
    }

    @Override
    public void updateAndRetryLater(ClickHouseBatch committable) {
        retryLater = true;
    }

    @Override
    public void signalAlreadyCommitted() {
        alreadyCommitted = true;
    }
}
