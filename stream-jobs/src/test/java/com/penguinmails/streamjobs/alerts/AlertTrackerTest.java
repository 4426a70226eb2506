package com.penguinmails.streamjobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertTrackerTest {

    private static final Duration COOLDOWN = Duration.ofMinutes(30);
    private static final long MINUTE = 60_000;
    private static final Observation HOLDS = new Observation(0.1, 500, true);
    private static final Observation CLEAR = new Observation(0.01, 500, false);

    private final AlertTracker tracker = new AlertTracker();

    @Test
    void firesOnceWhileTheConditionHoldsThenResolves() {
        assertThat(tracker.observe(CLEAR, 0, COOLDOWN)).isEmpty();
        assertThat(tracker.observe(HOLDS, MINUTE, COOLDOWN)).contains(AlertState.FIRING);
        assertThat(tracker.observe(HOLDS, 2 * MINUTE, COOLDOWN)).as("deduplicated").isEmpty();
        assertThat(tracker.observe(HOLDS, 3 * MINUTE, COOLDOWN)).isEmpty();
        assertThat(tracker.firedAtMillis()).isEqualTo(MINUTE);

        assertThat(tracker.observe(CLEAR, 4 * MINUTE, COOLDOWN)).contains(AlertState.RESOLVED);
        assertThat(tracker.resolvedAtMillis()).isEqualTo(4 * MINUTE);
        assertThat(tracker.lastValue()).isEqualTo(0.01);
        assertThat(tracker.isFiring()).isFalse();
    }

    @Test
    void doesNotFireAgainBeforeTheCooldownEnds() {
        tracker.observe(HOLDS, 0, COOLDOWN);
        tracker.observe(CLEAR, MINUTE, COOLDOWN);

        assertThat(tracker.observe(HOLDS, MINUTE + COOLDOWN.toMillis() - 1, COOLDOWN)).isEmpty();
        assertThat(tracker.isFiring()).isFalse();
        assertThat(tracker.observe(HOLDS, MINUTE + COOLDOWN.toMillis(), COOLDOWN)).contains(AlertState.FIRING);
        assertThat(tracker.firedAtMillis()).isEqualTo(MINUTE + COOLDOWN.toMillis());
    }

    @Test
    void aForcedResolveOnlyResolvesAFiringAlert() {
        assertThat(tracker.forceResolve(0)).isEmpty();
        tracker.observe(HOLDS, 0, COOLDOWN);
        assertThat(tracker.forceResolve(MINUTE)).contains(AlertState.RESOLVED);
        assertThat(tracker.forceResolve(2 * MINUTE)).isEmpty();
    }
}
