package com.penguinmails.embedded.clickhouse;

/**
 * What the engine reports about one statement, in the terms of ClickHouse's {@code X-ClickHouse-Summary} header.
 *
 * @param readRows     rows read from storage
 * @param readBytes    bytes read from storage
 * @param writtenRows  rows inserted
 * @param writtenBytes bytes inserted
 * @param resultRows   rows in the result
 * @param resultBytes  bytes of the result rows (not of the formatted output)
 * @param elapsedNanos time the engine spent, in nanoseconds
 */
record QueryStatistics(long readRows, long readBytes, long writtenRows, long writtenBytes, long resultRows,
        long resultBytes, long elapsedNanos) {

    /** The {@code X-ClickHouse-Summary} header value: a JSON object whose numbers are strings, as a server sends. */
    String summaryHeader() {
        // An INSERT's result is the rows it wrote, as on a server.
        long rows = writtenRows > 0 ? writtenRows : resultRows;
        long bytes = writtenRows > 0 ? writtenBytes : resultBytes;
        return "{\"read_rows\":\"" + readRows
                + "\",\"read_bytes\":\"" + readBytes
                + "\",\"written_rows\":\"" + writtenRows
                + "\",\"written_bytes\":\"" + writtenBytes
                + "\",\"total_rows_to_read\":\"" + readRows
                + "\",\"result_rows\":\"" + rows
                + "\",\"result_bytes\":\"" + bytes
                + "\",\"elapsed_ns\":\"" + elapsedNanos
                + "\"}";
    }
}
