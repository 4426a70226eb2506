package com.penguinmails.streamjobs.clickhouse;

import java.util.Arrays;
import java.util.Objects;

/**
 * One insert staged by a {@link ClickHouseSinkWriter} at a checkpoint: RowBinary rows and the token that makes the
 * insert idempotent.
 *
 * <p>The token is fixed when the batch is made and travels with its rows through checkpoints, so every attempt to
 * commit this batch, before or after a restore, carries the same token for the same bytes.
 *
 * @param deduplicationToken the {@code insert_deduplication_token} for this insert; never null
 * @param rowCount how many rows {@code rows} holds
 * @param rows the rows in RowBinary, columns in the table's order; not copied, callers must not modify it
 */
public record ClickHouseBatch(String deduplicationToken, int rowCount, byte[] rows) {

    /** Checks the parts. */
    public ClickHouseBatch {
        Objects.requireNonNull(deduplicationToken, "deduplicationToken");
        Objects.requireNonNull(rows, "rows");
        if (rowCount <= 0) {
            throw new IllegalArgumentException("A batch holds at least one row, not " + rowCount);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClickHouseBatch that
                && rowCount == that.rowCount
                && deduplicationToken.equals(that.deduplicationToken)
                && Arrays.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * deduplicationToken.hashCode() + rowCount) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "ClickHouseBatch[" + deduplicationToken + ", " + rowCount + " rows, " + rows.length + " bytes]";
    }
}
