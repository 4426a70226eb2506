package com.penguinmails.embedded.clickhouse;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The C API of libchdb (ClickHouse 26.5 as an in-process library), as far as the HTTP front end needs it.
 *
 * <p>{@code size_t} maps to {@code long}: the library exists for Linux x86-64 only. A connection handle is the
 * {@code chdb_connection *} that {@code chdb_connect} returns; queries take the {@code chdb_connection} it points to.
 */
interface ChdbLibrary extends Library {

    Pointer chdb_connect(int argc, String[] argv);

    void chdb_close_conn(Pointer connectionHandle);

    Pointer chdb_query_n(Pointer connection, byte[] query, long queryLength, byte[] format, long formatLength);

    Pointer chdb_query_with_params_n(Pointer connection, byte[] query, long queryLength, byte[] format,
            long formatLength, Pointer[] paramNames, long[] paramNameLengths, Pointer[] paramValues,
            long[] paramValueLengths, long paramCount);

    Pointer chdb_result_buffer(Pointer result);

    long chdb_result_length(Pointer result);

    double chdb_result_elapsed(Pointer result);

    /** Rows in the result (chDB's naming predates the storage counters below). */
    long chdb_result_rows_read(Pointer result);

    /** Bytes in the result. */
    long chdb_result_bytes_read(Pointer result);

    long chdb_result_storage_rows_read(Pointer result);

    long chdb_result_storage_bytes_read(Pointer result);

    long chdb_result_rows_written(Pointer result);

    long chdb_result_bytes_written(Pointer result);

    String chdb_result_error(Pointer result);

    void chdb_destroy_query_result(Pointer result);
}
