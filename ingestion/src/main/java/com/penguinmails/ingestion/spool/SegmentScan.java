package com.penguinmails.ingestion.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What recovery found in one segment file: how many leading bytes hold intact records, and how many of those records
 * start at or after a given offset.
 *
 * @param validBytes length of the intact prefix; anything after it is a torn or corrupt tail
 * @param fileBytes the file's length before recovery
 * @param recordsFrom intact records that start at or after the offset the scan was asked about
 */
record SegmentScan(long validBytes, long fileBytes, long recordsFrom) {

    /** Whether the file has bytes after its intact records. */
    boolean hasDamagedTail() {
        return fileBytes > validBytes;
    }

    /** Reads every record of {@code file}, checking lengths and checksums, and stops at the first bad one. */
    static SegmentScan of(Path file, long countFrom) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(SpoolRecords.HEADER_BYTES);
            ByteBuffer payload = ByteBuffer.allocate(64 * 1024);
            long position = 0;
            long records = 0;
            while (position + SpoolRecords.HEADER_BYTES <= size) {
                header.clear();
                readFully(channel, header, position);
                int length = header.getInt(0);
                int crc = header.getInt(4);
                if (length <= 0 || length > SpoolRecords.MAX_RECORD_BYTES
                        || position + SpoolRecords.HEADER_BYTES + length > size) {
                    break;
                }
                if (payload.capacity() < length) {
                    payload = ByteBuffer.allocate(length);
                }
                payload.clear().limit(length);
                readFully(channel, payload, position + SpoolRecords.HEADER_BYTES);
                if (SpoolRecords.checksum(length, payload.array(), 0, length) != crc) {
                    break;
                }
                if (position >= countFrom) {
                    records++;
                }
                position += SpoolRecords.HEADER_BYTES + length;
            }
            return new SegmentScan(position, size, records);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }
}
