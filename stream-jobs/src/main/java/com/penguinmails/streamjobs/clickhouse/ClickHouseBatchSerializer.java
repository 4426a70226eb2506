package com.penguinmails.streamjobs.clickhouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Serializes {@link ClickHouseBatch} committables into checkpoints.
 *
 * <p>Version 1 layout: token (modified UTF-8), row count (int), byte length (int), the RowBinary bytes as they are.
 */
public final class ClickHouseBatchSerializer implements SimpleVersionedSerializer<ClickHouseBatch> {

    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(ClickHouseBatch batch) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.rows().length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(batch.deduplicationToken());
            out.writeInt(batch.rowCount());
            out.writeInt(batch.rows().length);
            out.write(batch.rows());
        }
        return bytes.toByteArray();
    }

    @Override
    public ClickHouseBatch deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION) {
            throw new IOException("Unknown ClickHouse batch serializer version " + version + "; this build reads "
                    + VERSION);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            String token = in.readUTF();
            int rowCount = in.readInt();
            byte[] rows = new byte[in.readInt()];
            in.readFully(rows);
            if (in.available() != 0) {
                throw new IOException("Corrupt ClickHouse batch " + token + ": " + in.available() + " trailing bytes");
            }
            return new ClickHouseBatch(token, rowCount, rows);
        }
    }
}
