package com.penguinmails.ingestion.spool;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The on-disk record format: a 4-byte big-endian payload length, a 4-byte CRC32C of that length and the payload, then
 * the payload.
 */
final class SpoolRecords {

    static final int HEADER_BYTES = 8;
    /** Far above any event; a larger length read back is damage, not data. */
    static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private SpoolRecords() {
    }

    /** The checksum stored with a record of {@code length} payload bytes. */
    static int checksum(int length, byte[] payload, int offset, int count) {
        CRC32C crc = new CRC32C();
        crc.update(length >>> 24);
        crc.update(length >>> 16);
        crc.update(length >>> 8);
        crc.update(length);
        crc.update(payload, offset, count);
        return (int) crc.getValue();
    }

    /** Appends one framed record to {@code target}. */
    static void put(ByteBuffer target, byte[] payload) {
        target.putInt(payload.length);
        target.putInt(checksum(payload.length, payload, 0, payload.length));
        target.put(payload);
    }
}
