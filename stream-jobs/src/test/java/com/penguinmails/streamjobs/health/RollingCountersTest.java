package com.penguinmails.streamjobs.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollingCountersTest {

    private static final long T0 = Instant.parse("2026-11-25T10:00:30Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    @Test
    void aWindowSumsTheMinuteBucketsUpToTheMinuteOfItsEnd() {
        RollingCounters counters = new RollingCounters();
        counters.add(T0 - 10 * MINUTE, Counter.SENT.bit());
        counters.add(T0 - 5 * MINUTE, Counter.SENT.bit() | Counter.BOUNCED.bit());
        counters.add(T0, Counter.SENT.bit());

        WindowCounts lastFive = counters.window(Duration.ofMinutes(5), T0);
        assertThat(lastFive.get(Counter.SENT)).as("minutes T0-4..T0; T0-5 is outside").isEqualTo(1);
        WindowCounts lastSix = counters.window(Duration.ofMinutes(6), T0);
        assertThat(lastSix.get(Counter.SENT)).isEqualTo(2);
        assertThat(lastSix.get(Counter.BOUNCED)).isEqualTo(1);
        assertThat(counters.window(Duration.ofHours(24), T0).get(Counter.SENT)).isEqualTo(3);
    }

    @Test
    void anEventAddsToEveryCounterInItsMask() {
        RollingCounters counters = new RollingCounters();
        counters.add(T0, Counter.BOUNCED.bit() | Counter.HARD_BOUNCED.bit());

        WindowCounts counts = counters.window(Duration.ofMinutes(1), T0);
        assertThat(counts).isEqualTo(WindowCounts.with(Counter.BOUNCED, 1, Counter.HARD_BOUNCED, 1));
    }

    @Test
    void windowsAboveADayUseHourBucketsUpToTheHourOfTheirEnd() {
        RollingCounters counters = new RollingCounters();
        counters.add(T0 - 6 * 24 * HOUR, Counter.SENT.bit());
        counters.add(T0 - 7 * 24 * HOUR + HOUR, Counter.SENT.bit());
        counters.add(T0, Counter.SENT.bit());

        assertThat(counters.window(Duration.ofDays(7), T0).get(Counter.SENT)).isEqualTo(3);
        assertThat(counters.window(Duration.ofHours(24), T0).get(Counter.SENT)).isEqualTo(1);
        assertThat(counters.window(Duration.ofDays(6), T0).get(Counter.SENT)).isEqualTo(1);
    }

    @Test
    void lateEventsCountInTheirOwnBucketWhileRetained() {
        RollingCounters counters = new RollingCounters();
        counters.add(T0, Counter.SENT.bit());
        assertThat(counters.add(T0 - 2 * HOUR, Counter.BOUNCED.bit())).isTrue();
        assertThat(counters.newestMillis()).isEqualTo(T0);

        assertThat(counters.window(Duration.ofHours(1), T0).get(Counter.BOUNCED)).isZero();
        assertThat(counters.window(Duration.ofHours(3), T0).get(Counter.BOUNCED)).isEqualTo(1);
    }

    @Test
    void eventsOlderThanSevenDaysAreIgnoredAndOldBucketsExpire() {
        RollingCounters counters = new RollingCounters();
        counters.add(T0, Counter.SENT.bit());
        assertThat(counters.add(T0 - 8 * 24 * HOUR, Counter.SENT.bit())).isFalse();

        counters.advanceTo(T0 + 25 * HOUR);
        assertThat(counters.window(Duration.ofHours(24), T0 + 25 * HOUR).get(Counter.SENT)).isZero();
        assertThat(counters.window(Duration.ofDays(7), T0 + 25 * HOUR).get(Counter.SENT)).isEqualTo(1);
        assertThat(counters.isEmpty()).isFalse();

        counters.advanceTo(T0 + 8 * 24 * HOUR);
        assertThat(counters.isEmpty()).isTrue();
    }

    @Test
    void rejectsWindowsItCannotSum() {
        assertThatThrownBy(() -> RollingCounters.checkWindow(Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RollingCounters.checkWindow(Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RollingCounters.checkWindow(Duration.ofMinutes(25 * 60 + 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RollingCounters.checkWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        RollingCounters.checkWindow(Duration.ofDays(7));
        RollingCounters.checkWindow(Duration.ofMinutes(1));
    }
}
