package com.penguinmails.embedded.clickhouse;

import java.nio.ByteBuffer;

import com.sun.jna.Pointer;

/**
 * The outcome of one statement run by the engine: its output bytes or its error, and its counters.
 *
 * <p>The output stays in native memory owned by the result until {@link #close()}; {@link #output()} is a view of
 * it, valid only until then.
 */
final class ChdbResult implements AutoCloseable {

    private final ChdbLibrary library;
    private Pointer handle;

    ChdbResult(ChdbLibrary library, Pointer handle) {
        this.library = library;
        this.handle = handle;
    }

    /** The engine's error message ({@code Code: N. DB::Exception: ...}), or null when the statement succeeded. */
    String error() {
        if (handle == null) {
            return "Code: 1001. DB::Exception: The engine returned no result. (STD_EXCEPTION)";
        }
        String error = library.chdb_result_error(handle);
        return error == null || error.isEmpty() ? null : error;
    }

    /** A read-only view of the output, in the requested format; empty for statements without output. */
    ByteBuffer output() {
        long length = library.chdb_result_length(handle);
        if (length == 0) {
            return ByteBuffer.allocate(0);
        }
        Pointer buffer = library.chdb_result_buffer(handle);
        return buffer.getByteBuffer(0, length).asReadOnlyBuffer();
    }

    /** The statement's counters; meaningless when it failed. */
    QueryStatistics statistics() {
        return new QueryStatistics(
                library.chdb_result_storage_rows_read(handle),
                library.chdb_result_storage_bytes_read(handle),
                library.chdb_result_rows_written(handle),
                library.chdb_result_bytes_written(handle),
                library.chdb_result_rows_read(handle),
                library.chdb_result_bytes_read(handle),
                Math.round(library.chdb_result_elapsed(handle) * 1_000_000_000d));
    }

    @Override
    public void close() {
        if (handle != null) {
            library.chdb_destroy_query_result(handle);
            handle = null;
        }
    }
}
