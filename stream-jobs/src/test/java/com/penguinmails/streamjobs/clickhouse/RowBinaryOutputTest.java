package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RowBinaryOutputTest {

    private final RowBinaryOutput out = new RowBinaryOutput();

    @Test
    void writesAsciiStringAsLengthThenBytes() {
        out.writeString("ab");

        assertThat(out.takeBytes()).containsExactly(2, 'a', 'b');
    }

    @Test
    void writesNonAsciiStringAsUtf8WithByteLength() {
        out.writeString("é");

        assertThat(out.takeBytes()).containsExactly(2, 0xC3, 0xA9);
    }

    @Test
    void writesFloat32LittleEndian() {
        out.writeFloat32(1.0f);

        assertThat(out.takeBytes()).containsExactly(0x00, 0x00, (byte) 0x80, 0x3F);
    }

    @Test
    void writesStringArrayAsCountThenStrings() {
        out.writeStringArray(java.util.List.of("a", "bc"));
        out.writeStringArray(java.util.List.of());

        assertThat(out.takeBytes()).containsExactly(2, 1, 'a', 2, 'b', 'c', 0);
    }

    @Test
    void writesNullStringAsEmpty() {
        out.writeString(null);

        assertThat(out.takeBytes()).containsExactly(0);
    }

    @Test
    void writesLongStringLengthAsLeb128() {
        out.writeString("x".repeat(300));

        byte[] bytes = out.takeBytes();
        assertThat(bytes).hasSize(302);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xAC); // 300 = 0b10_0101100: low 7 bits with the continuation bit
        assertThat(bytes[1]).isEqualTo((byte) 0x02);
        assertThat(new RowBinaryReader(bytes).read("String")).isEqualTo("x".repeat(300));
    }

    @Test
    void writesIntegersLittleEndian() {
        out.writeUInt16(0xFFFE);
        out.writeInt16(-2);
        out.writeInt64(0x0102030405060708L);

        assertThat(out.takeBytes()).containsExactly(0xFE, 0xFF, 0xFE, 0xFF, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void rejectsIntegersOutsideTheirType() {
        assertThatThrownBy(() -> out.writeUInt16(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> out.writeUInt16(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> out.writeInt16(32768)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesBoolDateTimeAndDecimal() {
        out.writeBool(true);
        out.writeBool(false);
        out.writeDateTime64Millis(Instant.ofEpochMilli(1_000));
        out.writeDecimal64(new BigDecimal("-1.5"), 4);

        RowBinaryReader reader = new RowBinaryReader(out.takeBytes());
        assertThat(reader.read("Bool")).isEqualTo(true);
        assertThat(reader.read("Bool")).isEqualTo(false);
        assertThat(reader.read("DateTime64(3, 'UTC')")).isEqualTo(Instant.ofEpochMilli(1_000));
        assertThat(reader.read("Int64")).isEqualTo(-15_000L);
        assertThat(reader.hasRemaining()).isFalse();
    }

    @Test
    void rejectsDecimalsThatNeedRoundingOrOverflow() {
        assertThatThrownBy(() -> out.writeDecimal64(new BigDecimal("0.00001"), 4))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> out.writeDecimal64(new BigDecimal("100000000000000"), 4))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void takeBytesEmptiesTheBuffer() {
        out.writeString("a");
        out.takeBytes();

        assertThat(out.size()).isZero();
        out.writeBool(true);
        assertThat(out.takeBytes()).containsExactly(1);
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        for (int i = 0; i < 100_000; i++) {
            out.writeInt64(i);
        }

        byte[] bytes = out.takeBytes();
        assertThat(bytes).hasSize(800_000);
        RowBinaryReader reader = new RowBinaryReader(bytes);
        for (long i = 0; i < 100_000; i++) {
            assertThat(reader.read("Int64")).isEqualTo(i);
        }
    }
}
