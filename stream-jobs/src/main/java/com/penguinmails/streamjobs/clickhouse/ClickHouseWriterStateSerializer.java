package com.penguinmails.streamjobs.clickhouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Serializes {@link ClickHouseWriterState} into checkpoints. Version 1: the sequence as 8 big-endian bytes. */
public final class ClickHouseWriterStateSerializer implements SimpleVersionedSerializer<ClickHouseWriterState> {

    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(ClickHouseWriterState state) {
        return ByteBuffer.allocate(Long.BYTES).putLong(state.nextSequence()).array();
    }

    @Override
    public ClickHouseWriterState deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION || serialized.length != Long.BYTES) {
            throw new IOException("Cannot read ClickHouse writer state version " + version + " of "
                    + serialized.length + " bytes");
        }
        return new ClickHouseWriterState(ByteBuffer.wrap(serialized).getLong());
    }
}
