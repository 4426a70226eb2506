package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import com.clickhouse.data.ClickHouseCityHash;
import org.junit.jupiter.api.Test;

class CityHash128Test {

    @Test
    void matchesTheClickHouseClientsCityHashForEveryLengthUpToSeveralBlocksOf128Bytes() {
        Random random = new Random(42);
        for (int length = 0; length <= 700; length++) {
            byte[] data = new byte[length + 7];
            random.nextBytes(data);
            assertThat(CityHash128.hash(data, 7, length))
                    .as("length %d", length)
                    .containsExactly(ClickHouseCityHash.cityHash128(data, 7, length));
        }
    }

    @Test
    void matchesTheClickHouseClientsCityHashForAMegabyte() {
        byte[] data = new byte[1 << 20];
        new Random(7).nextBytes(data);

        assertThat(CityHash128.hash(data, 0, data.length))
                .containsExactly(ClickHouseCityHash.cityHash128(data, 0, data.length));
    }
}
