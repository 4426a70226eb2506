package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void defaultScheduleDoublesFromThirtySecondsUpToAnHour() {
        List<Duration> waits = new ArrayList<>();
        for (int attempts = 1; attempts <= 9; attempts++) {
            waits.add(RetrySchedule.DEFAULT.delayAfter(attempts, 0.5).orElseThrow());
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void defaultScheduleRetriesForAboutADayThenParks() {
        assertThat(RetrySchedule.DEFAULT.totalWait()).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(RetrySchedule.DEFAULT.delayAfter(30, 0.5)).isPresent();
        assertThat(RetrySchedule.DEFAULT.delayAfter(31, 0.5)).isEmpty();
    }

    @Test
    void jitterSpreadsWaitsByTheConfiguredFraction() {
        assertThat(RetrySchedule.DEFAULT.delayAfter(1, 0.0)).contains(Duration.ofSeconds(24));
        assertThat(RetrySchedule.DEFAULT.delayAfter(1, 0.999_999)).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofMillis(35_999), Duration.ofSeconds(36)));
        assertThat(RetrySchedule.DEFAULT.delayAfter(8, 0.0)).contains(Duration.ofMinutes(48));
    }

    @Test
    void withoutJitterWaitsDoubleExactlyUpToTheMaximumThenStop() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofMillis(500), 2.0, Duration.ofSeconds(3), 6, 0);

        for (double random : new double[] {0.0, 0.5, 0.999_999}) {
            List<Duration> waits = new ArrayList<>();
            for (int attempts = 1; attempts <= 5; attempts++) {
                waits.add(schedule.delayAfter(attempts, random).orElseThrow());
            }
            assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(3), Duration.ofSeconds(3));
        }
        assertThat(schedule.delayAfter(6, 0.5)).isEmpty();
        assertThat(new RetrySchedule(Duration.ofMillis(500), 2.0, Duration.ofSeconds(3), 1, 0).delayAfter(1, 0.5))
                .as("a single attempt is never retried").isEmpty();
    }

    @Test
    void refusesSchedulesThatCannotWork() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(10), 0.5, Duration.ofMinutes(1), 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(10), 2, Duration.ofSeconds(1), 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(10), 2, Duration.ofMinutes(1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
