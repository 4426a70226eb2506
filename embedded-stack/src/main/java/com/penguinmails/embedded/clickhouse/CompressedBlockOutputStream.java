package com.penguinmails.embedded.clickhouse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import net.jpountz.lz4.LZ4Compressor;

/**
 * Writes data as ClickHouse LZ4 compressed blocks (what a server sends for {@code compress=1}).
 *
 * <p>Data is cut into blocks of at most {@link CompressedBlocks#MAX_BLOCK_SIZE} bytes; {@link #flush()} ends the
 * current block early, {@link #close()} writes the last one and closes the target. Not thread-safe.
 */
final class CompressedBlockOutputStream extends OutputStream {

    private final OutputStream target;
    private final LZ4Compressor compressor = CompressedBlocks.compressor();
    private final byte[] block;
    private final byte[] frame;
    private int blockLength;
    private boolean closed;

    CompressedBlockOutputStream(OutputStream target) {
        this(target, CompressedBlocks.MAX_BLOCK_SIZE);
    }

    CompressedBlockOutputStream(OutputStream target, int blockSize) {
        this.target = target;
        this.block = new byte[blockSize];
        this.frame = new byte[CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE
                + compressor.maxCompressedLength(blockSize)];
    }

    @Override
    public void write(int b) throws IOException {
        if (blockLength == block.length) {
            writeBlock();
        }
        block[blockLength++] = (byte) b;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        while (length > 0) {
            if (blockLength == block.length) {
                writeBlock();
            }
            int chunk = Math.min(length, block.length - blockLength);
            System.arraycopy(data, offset, block, blockLength, chunk);
            blockLength += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /** Writes the remaining bytes of {@code data}, advancing its position. */
    void write(ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            if (blockLength == block.length) {
                writeBlock();
            }
            int chunk = Math.min(data.remaining(), block.length - blockLength);
            data.get(block, blockLength, chunk);
            blockLength += chunk;
        }
    }

    @Override
    public void flush() throws IOException {
        writeBlock();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writeBlock();
        } finally {
            target.close();
        }
    }

    private void writeBlock() throws IOException {
        if (blockLength == 0) {
            return;
        }
        int headerOffset = CompressedBlocks.CHECKSUM_SIZE;
        int dataOffset = headerOffset + CompressedBlocks.HEADER_SIZE;
        int compressedLength = compressor.compress(block, 0, blockLength, frame, dataOffset,
                frame.length - dataOffset);
        frame[headerOffset] = CompressedBlocks.METHOD_LZ4;
        CompressedBlocks.writeInt32(frame, headerOffset + 1, CompressedBlocks.HEADER_SIZE + compressedLength);
        CompressedBlocks.writeInt32(frame, headerOffset + 5, blockLength);
        long[] checksum = CityHash128.hash(frame, headerOffset, CompressedBlocks.HEADER_SIZE + compressedLength);
        CompressedBlocks.writeInt64(frame, 0, checksum[0]);
        CompressedBlocks.writeInt64(frame, 8, checksum[1]);
        target.write(frame, 0, dataOffset + compressedLength);
        blockLength = 0;
    }
}
