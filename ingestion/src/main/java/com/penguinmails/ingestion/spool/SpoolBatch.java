package com.penguinmails.ingestion.spool;

import java.util.List;

/**
 * Records read from the spool in append order, and the position just after the last of them: acknowledging the batch
 * moves the replay position there.
 *
 * @param records the record payloads, oldest first; empty when nothing durable is waiting
 * @param start where the first record begins
 * @param end where the record after the last one begins
 */
public record SpoolBatch(List<byte[]> records, SpoolPosition start, SpoolPosition end) {

    public SpoolBatch {
        records = List.copyOf(records);
    }

    /** Whether the batch holds no record. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** How many records the batch holds. */
    public int size() {
        return records.size();
    }
}
