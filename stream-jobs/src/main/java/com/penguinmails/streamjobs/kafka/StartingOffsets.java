package com.penguinmails.streamjobs.kafka;

import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Where a job starts reading when it has no checkpoint to restore; a restored job always continues from the
 * offsets in its checkpoint.
 */
public enum StartingOffsets {
    /** The consumer group's committed offsets; the earliest record where the group has none. */
    COMMITTED_OR_EARLIEST,
    /** The consumer group's committed offsets; only new records where the group has none. */
    COMMITTED_OR_LATEST,
    /** Every record still in the topic. */
    EARLIEST,
    /** Only records produced after the job starts. */
    LATEST;

    /** The Kafka source's initializer for this choice. */
    @SuppressWarnings("deprecation") // the Flink connector's API still takes OffsetResetStrategy
    public OffsetsInitializer initializer() {
        return switch (this) {
            case COMMITTED_OR_EARLIEST -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case COMMITTED_OR_LATEST -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.LATEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
    }
}
