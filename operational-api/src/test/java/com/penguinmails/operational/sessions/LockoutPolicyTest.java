package com.penguinmails.operational.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void locksAfterTheFifthConsecutiveFailureForFifteenMinutes() {
        LockoutPolicy.State state = new LockoutPolicy.State(0, 0, Optional.empty());
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state, T0);
            assertThat(policy.isLocked(state, T0)).isFalse();
        }

        state = policy.afterFailure(state, T0);

        assertThat(policy.isLocked(state, T0)).isTrue();
        assertThat(policy.isLocked(state, T0.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(policy.isLocked(state, T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(state.lockouts()).isEqualTo(1);
        assertThat(state.failedLogins()).isZero();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLongUpToTheMaximum() {
        assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.lockDuration(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.lockDuration(3)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.lockDuration(8)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.lockDuration(1000)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aSecondLockoutAfterTheFirstEndsGrows() {
        LockoutPolicy.State state = new LockoutPolicy.State(0, 0, Optional.empty());
        for (int i = 0; i < 5; i++) {
            state = policy.afterFailure(state, T0);
        }
        Instant afterFirst = T0.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            state = policy.afterFailure(state, afterFirst);
        }

        assertThat(state.lockedUntil()).contains(afterFirst.plus(Duration.ofMinutes(30)));
    }

    @Test
    void successForgivesEverything() {
        assertThat(policy.afterSuccess()).isEqualTo(new LockoutPolicy.State(0, 0, Optional.empty()));
    }
}
