package com.penguinmails.streamjobs.clickhouse;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads RowBinary values back, by ClickHouse type name, to check what {@link RowBinaryOutput} wrote. */
public final class RowBinaryReader {

    private final ByteBuffer bytes;

    public RowBinaryReader(byte[] bytes) {
        this.bytes = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    public boolean hasRemaining() {
        return bytes.hasRemaining();
    }

    /** Reads one value of a column type as written in DDL, e.g. {@code LowCardinality(String)}. */
    public Object read(String type) {
        return switch (type) {
            case "String", "LowCardinality(String)" -> readString();
            case "DateTime64(3, 'UTC')" -> Instant.ofEpochMilli(bytes.getLong());
            case "UInt16" -> Short.toUnsignedInt(bytes.getShort());
            case "Int16" -> (int) bytes.getShort();
            case "Bool" -> readBool();
            case "Decimal(18, 4)" -> BigDecimal.valueOf(bytes.getLong(), 4);
            case "Int64" -> bytes.getLong();
            case "Float32" -> bytes.getFloat();
            case "Array(String)", "Array(LowCardinality(String))" -> readStringArray();
            default -> throw new IllegalArgumentException("No reader for type " + type);
        };
    }

    private List<String> readStringArray() {
        int size = readVarUInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString());
        }
        return values;
    }

    private boolean readBool() {
        byte value = bytes.get();
        if (value != 0 && value != 1) {
            throw new IllegalStateException("Not a Bool byte: " + value);
        }
        return value == 1;
    }

    private int readVarUInt() {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes.get();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private String readString() {
        int length = readVarUInt();
        byte[] utf8 = new byte[length];
        bytes.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
