package com.penguinmails.embedded.clickhouse;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;

/**
 * The layout of ClickHouse's compressed-block framing, as used over HTTP with {@code compress=1} and
 * {@code decompress=1}.
 *
 * <p>Each block is: a 16-byte CityHash128 checksum (low then high 64 bits, little-endian) of everything after it; a
 * method byte; the compressed size including the 9-byte header; the uncompressed size (both int32, little-endian);
 * then the compressed bytes.
 */
final class CompressedBlocks {

    static final int CHECKSUM_SIZE = 16;
    static final int HEADER_SIZE = 9;
    static final byte METHOD_NONE = 0x02;
    static final byte METHOD_LZ4 = (byte) 0x82;
    /** ClickHouse's default {@code max_compress_block_size}. */
    static final int MAX_BLOCK_SIZE = 1 << 20;
    /** A block larger than this is corrupt or hostile rather than data. */
    static final int MAX_ACCEPTED_BLOCK_SIZE = 1 << 30;

    private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();

    private CompressedBlocks() {
    }

    static LZ4Compressor compressor() {
        return LZ4.fastCompressor();
    }

    static LZ4FastDecompressor decompressor() {
        return LZ4.fastDecompressor();
    }

    static void writeInt32(byte[] target, int offset, int value) {
        target[offset] = (byte) value;
        target[offset + 1] = (byte) (value >>> 8);
        target[offset + 2] = (byte) (value >>> 16);
        target[offset + 3] = (byte) (value >>> 24);
    }

    static int readInt32(byte[] source, int offset) {
        return (source[offset] & 0xff)
                | (source[offset + 1] & 0xff) << 8
                | (source[offset + 2] & 0xff) << 16
                | (source[offset + 3] & 0xff) << 24;
    }

    static void writeInt64(byte[] target, int offset, long value) {
        writeInt32(target, offset, (int) value);
        writeInt32(target, offset + 4, (int) (value >>> 32));
    }

    static long readInt64(byte[] source, int offset) {
        return (readInt32(source, offset) & 0xffffffffL) | ((long) readInt32(source, offset + 4) << 32);
    }
}
