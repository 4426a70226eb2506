package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClickHouseBatchSerializerTest {

    private final ClickHouseBatchSerializer serializer = new ClickHouseBatchSerializer();

    @Test
    void roundTripsTokenRowCountAndBytes() throws IOException {
        byte[] rows = new byte[100_000];
        new Random(1).nextBytes(rows);
        ClickHouseBatch batch = new ClickHouseBatch(DeduplicationToken.forBatch("events", 1, 9, rows), 1234, rows);

        ClickHouseBatch copy = serializer.deserialize(serializer.getVersion(), serializer.serialize(batch));

        assertThat(copy).isEqualTo(batch);
        assertThat(copy.rows()).isNotSameAs(rows);
    }

    @Test
    void rejectsUnknownVersionsAndTrailingBytes() throws IOException {
        byte[] serialized = serializer.serialize(new ClickHouseBatch("t", 1, new byte[] {1}));

        assertThatThrownBy(() -> serializer.deserialize(2, serialized)).isInstanceOf(IOException.class);
        byte[] longer = java.util.Arrays.copyOf(serialized, serialized.length + 1);
        assertThatThrownBy(() -> serializer.deserialize(1, longer)).isInstanceOf(IOException.class);
    }

    @Test
    void roundTripsWriterState() throws IOException {
        ClickHouseWriterStateSerializer stateSerializer = new ClickHouseWriterStateSerializer();
        ClickHouseWriterState state = new ClickHouseWriterState(123_456_789_012L);

        assertThat(stateSerializer.deserialize(stateSerializer.getVersion(), stateSerializer.serialize(state)))
                .isEqualTo(state);
        assertThatThrownBy(() -> stateSerializer.deserialize(2, stateSerializer.serialize(state)))
                .isInstanceOf(IOException.class);
    }
}
