package com.penguinmails.embedded.clickhouse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4FastDecompressor;

/**
 * Reads ClickHouse compressed blocks (what a client sends with {@code decompress=1}) and yields the original bytes.
 *
 * <p>Accepts LZ4 and uncompressed blocks and verifies every checksum, as a server does.
 *
 * @see CompressedBlocks
 */
final class CompressedBlockInputStream extends InputStream {

    private final InputStream source;
    private final LZ4FastDecompressor decompressor = CompressedBlocks.decompressor();
    private final byte[] header = new byte[CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE];
    private byte[] frame = new byte[0];
    private byte[] block = new byte[0];
    private int blockLength;
    private int blockPosition;
    private boolean finished;

    CompressedBlockInputStream(InputStream source) {
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        if (!ensureData()) {
            return -1;
        }
        return block[blockPosition++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!ensureData()) {
            return -1;
        }
        int chunk = Math.min(length, blockLength - blockPosition);
        System.arraycopy(block, blockPosition, target, offset, chunk);
        blockPosition += chunk;
        return chunk;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private boolean ensureData() throws IOException {
        while (blockPosition == blockLength) {
            if (finished || !readBlock()) {
                finished = true;
                return false;
            }
        }
        return true;
    }

    private boolean readBlock() throws IOException {
        int first = source.read();
        if (first < 0) {
            return false;
        }
        header[0] = (byte) first;
        readFully(header, 1, header.length - 1);
        int headerOffset = CompressedBlocks.CHECKSUM_SIZE;
        byte method = header[headerOffset];
        int compressedSize = CompressedBlocks.readInt32(header, headerOffset + 1);
        int uncompressedSize = CompressedBlocks.readInt32(header, headerOffset + 5);
        if (compressedSize < CompressedBlocks.HEADER_SIZE || compressedSize > CompressedBlocks.MAX_ACCEPTED_BLOCK_SIZE
                || uncompressedSize < 0 || uncompressedSize > CompressedBlocks.MAX_ACCEPTED_BLOCK_SIZE) {
            throw new IOException("Corrupt compressed block: compressed size " + compressedSize
                    + ", uncompressed size " + uncompressedSize);
        }
        if (frame.length < compressedSize) {
            frame = new byte[compressedSize];
        }
        System.arraycopy(header, headerOffset, frame, 0, CompressedBlocks.HEADER_SIZE);
        readFully(frame, CompressedBlocks.HEADER_SIZE, compressedSize - CompressedBlocks.HEADER_SIZE);
        long[] checksum = CityHash128.hash(frame, 0, compressedSize);
        if (checksum[0] != CompressedBlocks.readInt64(header, 0) || checksum[1] != CompressedBlocks.readInt64(header, 8)) {
            throw new IOException("Checksum doesn't match: corrupted data in a compressed block");
        }
        if (block.length < uncompressedSize) {
            block = new byte[uncompressedSize];
        }
        int dataLength = compressedSize - CompressedBlocks.HEADER_SIZE;
        if (method == CompressedBlocks.METHOD_LZ4) {
            try {
                decompressor.decompress(frame, CompressedBlocks.HEADER_SIZE, block, 0, uncompressedSize);
            } catch (LZ4Exception e) {
                throw new IOException("Corrupt LZ4 data in a compressed block", e);
            }
        } else if (method == CompressedBlocks.METHOD_NONE) {
            if (dataLength != uncompressedSize) {
                throw new IOException("Corrupt uncompressed block: " + dataLength + " bytes for " + uncompressedSize);
            }
            System.arraycopy(frame, CompressedBlocks.HEADER_SIZE, block, 0, dataLength);
        } else {
            throw new IOException(String.format("Unsupported compression method 0x%02x (only LZ4 and none are served)",
                    method & 0xff));
        }
        blockLength = uncompressedSize;
        blockPosition = 0;
        return true;
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        while (length > 0) {
            int read = source.read(target, offset, length);
            if (read < 0) {
                throw new EOFException("Truncated compressed block");
            }
            offset += read;
            length -= read;
        }
    }
}
