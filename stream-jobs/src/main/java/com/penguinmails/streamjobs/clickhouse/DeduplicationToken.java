package com.penguinmails.streamjobs.clickhouse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Builds the {@code insert_deduplication_token} of a batch: {@code <sinkId>:<subtask>:<sequence>:<digest>}.
 *
 * <p>The sink id, subtask index and the subtask's batch sequence (restored from checkpoints) make the token unique
 * within one run of a job and say where a batch came from. The digest (the first 128 bits of the SHA-256 of the
 * RowBinary bytes, in hex) makes a token name exactly one set of bytes: a job started afresh, without state,
 * restarts its sequences at 0, and without the digest its first batches would reuse tokens still inside the table's
 * deduplication window and be silently dropped. Pure function: the same inputs always give the same token.
 */
public final class DeduplicationToken {

    /** What a sink id may contain: it ends up in tokens, metric names and logs. */
    public static final Pattern SINK_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private static final int DIGEST_BYTES = 16;

    private DeduplicationToken() {
    }

    /**
     * The token for one batch.
     *
     * @param sinkId names the sink; must match {@link #SINK_ID}
     * @param subtask the index of the writer subtask that made the batch, from 0
     * @param sequence the batch's number within that subtask, from 0
     * @param rows the batch's RowBinary bytes
     * @throws IllegalArgumentException if the sink id, subtask or sequence is invalid
     */
    public static String forBatch(String sinkId, int subtask, long sequence, byte[] rows) {
        if (sinkId == null || !SINK_ID.matcher(sinkId).matches()) {
            throw new IllegalArgumentException("Sink id must match " + SINK_ID + ": " + sinkId);
        }
        if (subtask < 0 || sequence < 0) {
            throw new IllegalArgumentException("Negative subtask " + subtask + " or sequence " + sequence);
        }
        return sinkId + ':' + subtask + ':' + sequence + ':' + digest(rows);
    }

    private static String digest(byte[] rows) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(rows);
            return HexFormat.of().formatHex(sha256, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
