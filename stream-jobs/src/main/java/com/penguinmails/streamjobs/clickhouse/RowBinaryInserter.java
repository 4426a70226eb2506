package com.penguinmails.streamjobs.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Inserts batches with the official client-v2 as {@code INSERT INTO table (columns) FORMAT RowBinary}, setting
 * {@code insert_deduplication_token} to the batch's token so that ClickHouse ignores a batch it already holds.
 *
 * <p>Deduplication needs the table to keep recent insert tokens: {@code non_replicated_deduplication_window} on a
 * MergeTree table, or any Replicated*MergeTree table.
 */
public final class RowBinaryInserter implements BatchInserter {

    private final Client client;
    private final ClickHouseTable table;
    private final Duration timeout;

    /**
     * @param client the client; this inserter closes it
     * @param table where rows go, and their columns
     * @param timeout how long one insert may take before it counts as failed
     */
    public RowBinaryInserter(Client client, ClickHouseTable table, Duration timeout) {
        this.client = client;
        this.table = table;
        this.timeout = timeout;
    }

    @Override
    public void insert(ClickHouseBatch batch) throws Exception {
        InsertSettings settings = new InsertSettings()
                .setDeduplicationToken(batch.deduplicationToken())
                .serverSetting("insert_deduplicate", "1")
                // Materialized views over the table (V0003's aggregates) must skip a repeated batch too; the default
                // is 1 on ClickHouse 26.5 but 0 on older servers, where a replay would be counted twice.
                .serverSetting("deduplicate_blocks_in_dependent_materialized_views", "1")
                .serverSetting("async_insert", "0");
        CompletableFuture<InsertResponse> pending = client.insert(table.name(), table.columns(),
                new ByteArrayInputStream(batch.rows()), ClickHouseFormat.RowBinary, settings);
        InsertResponse response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        }
        // Success is all that matters: the written-row count does not tell a deduplicated insert apart.
        response.close();
    }

    @Override
    public void close() {
        client.close();
    }
}
