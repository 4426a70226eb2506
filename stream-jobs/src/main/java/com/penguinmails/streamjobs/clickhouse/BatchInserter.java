package com.penguinmails.streamjobs.clickhouse;

/** Inserts one {@link ClickHouseBatch} into ClickHouse, once, with the batch's deduplication token. */
public interface BatchInserter extends AutoCloseable {

    /**
     * Inserts the batch; the server ignores it if it already holds an insert with the same token.
     *
     * @throws Exception if the insert failed or its outcome is unknown; inserting the same batch again is safe
     */
    void insert(ClickHouseBatch batch) throws Exception;
}
