package com.penguinmails.streamjobs.clickhouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Appends values in ClickHouse's RowBinary format to a growing in-memory buffer.
 *
 * <p>Each method writes one column value; a row is its columns in table order. Numbers are little-endian, strings are
 * a LEB128 length followed by UTF-8 bytes, {@code LowCardinality(String)} is written like {@code String}. Not
 * thread-safe.
 */
public final class RowBinaryOutput {

    private static final int INITIAL_CAPACITY = 64 * 1024;

    private byte[] bytes;
    private int size;

    /** An empty buffer. */
    public RowBinaryOutput() {
        this.bytes = new byte[INITIAL_CAPACITY];
    }

    /** Number of bytes written since construction or the last {@link #takeBytes()}. */
    public int size() {
        return size;
    }

    /** Returns everything written so far as a new array and empties the buffer. */
    public byte[] takeBytes() {
        byte[] taken = Arrays.copyOf(bytes, size);
        // Drop a large array rather than keep it: between checkpoints the buffer may grow to hundreds of megabytes.
        bytes = new byte[Math.min(Math.max(size, INITIAL_CAPACITY), 4 * 1024 * 1024)];
        size = 0;
        return taken;
    }

    /** {@code String} or {@code LowCardinality(String)}; null is written as the empty string. */
    public void writeString(String value) {
        if (value == null) {
            writeVarUInt(0);
            return;
        }
        int length = value.length();
        if (isAscii(value, length)) {
            writeVarUInt(length);
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) value.charAt(i);
            }
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeVarUInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }
    }

    /**
     * {@code UInt16}.
     *
     * @throws IllegalArgumentException if the value is outside 0..65535
     */
    public void writeUInt16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("Not a UInt16: " + value);
        }
        writeTwoBytes(value);
    }

    /**
     * {@code Int16}.
     *
     * @throws IllegalArgumentException if the value is outside -32768..32767
     */
    public void writeInt16(int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("Not an Int16: " + value);
        }
        writeTwoBytes(value);
    }

    /** {@code Int64}. */
    public void writeInt64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) value;
            value >>>= 8;
        }
    }

    /** {@code Float32}: IEEE 754 single precision, little-endian. */
    public void writeFloat32(float value) {
        int bits = Float.floatToIntBits(value);
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) bits;
            bits >>>= 8;
        }
    }

    /** {@code Array(String)} or {@code Array(LowCardinality(String))}: the element count, then each string. */
    public void writeStringArray(List<String> values) {
        writeVarUInt(values.size());
        for (String value : values) {
            writeString(value);
        }
    }

    /** {@code Bool}: one byte, 1 or 0. */
    public void writeBool(boolean value) {
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    /** {@code DateTime64(3)}: milliseconds since the epoch as Int64. */
    public void writeDateTime64Millis(Instant value) {
        writeInt64(value.toEpochMilli());
    }

    /**
     * {@code Decimal(P, scale)} with P at most 18: the unscaled value at {@code scale} as Int64.
     *
     * @throws ArithmeticException if the value needs rounding at that scale or does not fit 18 digits
     */
    public void writeDecimal64(BigDecimal value, int scale) {
        long unscaled = value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        if (Math.abs(unscaled) >= 1_000_000_000_000_000_000L) {
            throw new ArithmeticException("Decimal does not fit 18 digits: " + value);
        }
        writeInt64(unscaled);
    }

    private void writeTwoBytes(int value) {
        ensure(2);
        bytes[size++] = (byte) value;
        bytes[size++] = (byte) (value >>> 8);
    }

    private void writeVarUInt(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    private static boolean isAscii(String value, int length) {
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + extra);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("RowBinary buffer cannot grow beyond 2 GB; lower the batch size");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
