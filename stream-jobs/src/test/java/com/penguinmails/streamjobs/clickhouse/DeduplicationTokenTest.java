package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeduplicationTokenTest {

    private static final byte[] ROWS = "some rows".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheSameForTheSameBatch() {
        assertThat(DeduplicationToken.forBatch("events", 1, 7, ROWS))
                .isEqualTo(DeduplicationToken.forBatch("events", 1, 7, ROWS.clone()));
    }

    @Test
    void namesSinkSubtaskSequenceAndDigest() {
        assertThat(DeduplicationToken.forBatch("events-to-clickhouse", 3, 42, ROWS))
                .matches("events-to-clickhouse:3:42:[0-9a-f]{32}");
    }

    @Test
    void differsWhenAnyPartDiffers() {
        String token = DeduplicationToken.forBatch("events", 1, 7, ROWS);

        assertThat(DeduplicationToken.forBatch("other", 1, 7, ROWS)).isNotEqualTo(token);
        assertThat(DeduplicationToken.forBatch("events", 2, 7, ROWS)).isNotEqualTo(token);
        assertThat(DeduplicationToken.forBatch("events", 1, 8, ROWS)).isNotEqualTo(token);
        assertThat(DeduplicationToken.forBatch("events", 1, 7, "other rows".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(token);
    }

    @Test
    void rejectsSinkIdsThatDoNotFitATokenAndNegativeNumbers() {
        assertThatThrownBy(() -> DeduplicationToken.forBatch("a b", 0, 0, ROWS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeduplicationToken.forBatch("it's", 0, 0, ROWS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeduplicationToken.forBatch("events", -1, 0, ROWS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeduplicationToken.forBatch("events", 0, -1, ROWS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
