package com.penguinmails.streamjobs.clickhouse;

/**
 * What a {@link ClickHouseSinkWriter} keeps in checkpoints: the sequence number its next batch will get.
 *
 * @param nextSequence the next batch's sequence number; not negative
 */
public record ClickHouseWriterState(long nextSequence) {

    /** Checks the sequence. */
    public ClickHouseWriterState {
        if (nextSequence < 0) {
            throw new IllegalArgumentException("Negative sequence " + nextSequence);
        }
    }
}
