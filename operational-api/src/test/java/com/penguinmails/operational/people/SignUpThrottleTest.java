package com.penguinmails.operational.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignUpThrottleTest {

    /** A clock the test moves by hand. */
    private static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsABurstThenRefillsAtTheHourlyRate() {
        FakeClock clock = new FakeClock();
        SignUpThrottle throttle = new SignUpThrottle(clock, 3, 60);

        assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isFalse();
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.tryAcquire("203.0.113.7")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isFalse();
    }
}
