package com.penguinmails.operational.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheMaximum() {
        Backoff backoff = new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(3));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delayAfter(40)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
