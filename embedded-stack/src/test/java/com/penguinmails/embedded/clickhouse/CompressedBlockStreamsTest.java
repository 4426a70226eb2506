package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import com.clickhouse.client.api.internal.ClickHouseLZ4InputStream;
import com.clickhouse.client.api.internal.ClickHouseLZ4OutputStream;
import net.jpountz.lz4.LZ4Factory;
import org.junit.jupiter.api.Test;

class CompressedBlockStreamsTest {

    private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();

    @Test
    void theClickHouseClientReadsWhatTheOutputStreamWritesAcrossSeveralBlocks() throws IOException {
        byte[] data = compressibleData(300_000);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(compressed, 64 * 1024)) {
            out.write(data, 0, 1000);
            out.write(ByteBuffer.wrap(data, 1000, data.length - 1000));
        }

        InputStream clientView = new ClickHouseLZ4InputStream(new ByteArrayInputStream(compressed.toByteArray()),
                LZ4.fastDecompressor(), 8192);

        assertThat(compressed.size()).isLessThan(data.length);
        assertThat(clientView.readAllBytes()).isEqualTo(data);
    }

    @Test
    void readsWhatTheClickHouseClientCompresses() throws IOException {
        byte[] data = compressibleData(200_000);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (ClickHouseLZ4OutputStream out = new ClickHouseLZ4OutputStream(compressed, LZ4.fastCompressor(),
                32 * 1024)) {
            out.write(data);
        }

        try (InputStream in = new CompressedBlockInputStream(new ByteArrayInputStream(compressed.toByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void writesNothingForNoData() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        new CompressedBlockOutputStream(compressed).close();

        assertThat(compressed.size()).isZero();
        assertThat(new CompressedBlockInputStream(new ByteArrayInputStream(new byte[0])).read()).isEqualTo(-1);
    }

    @Test
    void rejectsABlockWhoseChecksumDoesNotMatch() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(compressed)) {
            out.write(compressibleData(5000));
        }
        byte[] corrupt = compressed.toByteArray();
        corrupt[corrupt.length - 1] ^= 0x55;

        InputStream in = new CompressedBlockInputStream(new ByteArrayInputStream(corrupt));

        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("Checksum");
    }

    @Test
    void rejectsATruncatedBlock() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(compressed)) {
            out.write(compressibleData(5000));
        }
        byte[] truncated = Arrays.copyOf(compressed.toByteArray(), compressed.size() - 3);

        InputStream in = new CompressedBlockInputStream(new ByteArrayInputStream(truncated));

        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("Truncated");
    }

    private static byte[] compressibleData(int length) {
        Random random = new Random(length);
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) ('a' + random.nextInt(6));
        }
        return data;
    }
}
