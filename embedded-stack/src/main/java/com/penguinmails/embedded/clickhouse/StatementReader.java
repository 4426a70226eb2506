package com.penguinmails.embedded.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Reads a request's statement stream (the {@code query} parameter and line break, then the body) just far enough to
 * classify it, then either as a whole (a plain statement) or by handing its inline data on.
 *
 * <p>Not thread-safe; one reader per request.
 */
final class StatementReader {

    private static final int CHUNK = 64 * 1024;

    private final InputStream source;
    private final int maxStatementLength;
    private byte[] buffer = new byte[CHUNK];
    private int length;
    private boolean exhausted;

    /**
     * @param maxStatementLength the longest plain statement accepted; longer ones fail with
     *                           {@link StatementTooLongException} (inline insert data has no limit)
     */
    StatementReader(InputStream source, int maxStatementLength) {
        this.source = source;
        this.maxStatementLength = maxStatementLength;
    }

    /** Reads until the statement's kind is known. */
    StatementHead.Scan readHead() throws IOException {
        while (true) {
            StatementHead.Scan scan = StatementHead.scan(buffer, length, exhausted);
            if (!(scan instanceof StatementHead.NeedMoreInput)) {
                return scan;
            }
            if (length >= maxStatementLength) {
                throw new StatementTooLongException(maxStatementLength);
            }
            readMore();
        }
    }

    /** The rest of a plain statement, up to the end of the request. */
    byte[] readStatement() throws IOException {
        while (!exhausted) {
            if (length >= maxStatementLength) {
                throw new StatementTooLongException(maxStatementLength);
            }
            readMore();
        }
        return Arrays.copyOf(buffer, length);
    }

    /** Copies everything from {@code offset} in the statement stream to its end into {@code target}. */
    void copyRemainderTo(int offset, OutputStream target) throws IOException {
        target.write(buffer, offset, length - offset);
        if (exhausted) {
            return;
        }
        byte[] chunk = buffer.length >= CHUNK * 4 ? buffer : new byte[CHUNK * 4];
        int read;
        while ((read = readSource(chunk, 0, chunk.length)) >= 0) {
            target.write(chunk, 0, read);
        }
        exhausted = true;
        length = 0;
    }

    private void readMore() throws IOException {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, CHUNK), maxStatementLength + 1));
        }
        int read = readSource(buffer, length, buffer.length - length);
        if (read < 0) {
            exhausted = true;
        } else {
            length += read;
        }
    }

    private int readSource(byte[] target, int offset, int count) throws RequestBodyException {
        try {
            return source.read(target, offset, count);
        } catch (IOException e) {
            throw new RequestBodyException(e);
        }
    }

    /** Thrown when the request itself cannot be read: the client went away, or sent corrupt compressed data. */
    static final class RequestBodyException extends IOException {

        RequestBodyException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Thrown when a plain statement is longer than the reader accepts. */
    static final class StatementTooLongException extends IOException {

        StatementTooLongException(int maxStatementLength) {
            super("Query is too large (more than " + maxStatementLength + " bytes)");
        }
    }
}
