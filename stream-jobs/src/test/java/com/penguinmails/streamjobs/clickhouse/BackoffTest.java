package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(3));

    @Test
    void doublesTheDelayUpToTheMaximum() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void allowsAttemptsUpToTheMaximum() {
        assertThat(backoff.allowsAnotherAttemptAfter(5)).isTrue();
        assertThat(backoff.allowsAnotherAttemptAfter(6)).isFalse();
    }

    @Test
    void rejectsInconsistentBounds() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
