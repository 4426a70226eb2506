package com.penguinmails.ingestion.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a message body into memory up to a limit, and drops what is left of a refused one. */
final class BoundedRead {

    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {
    }

    /**
     * Reads {@code in} to its end.
     *
     * @throws MessageTooLargeException as soon as more than {@code maxBytes} were read; the rest is left unread
     */
    static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes + 1, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new MessageTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops the rest of {@code in}, up to {@code maxBytes}, so that a sender still writing it can finish and
     * read the answer; errors are ignored because nobody is left to answer then.
     */
    static long discard(InputStream in, long maxBytes) {
        byte[] sink = new byte[CHUNK];
        long left = maxBytes;
        long dropped = 0;
        try {
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
                dropped += n;
            }
        } catch (IOException e) {
            // The sender went away or broke the stream.
        }
        return dropped;
    }

    /** {@link #discard(InputStream, long)} bounded to 8 MiB, as the events endpoint does. */
    static void discard(InputStream in) {
        discard(in, 8L * 1024 * 1024);
    }
}
