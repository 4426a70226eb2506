package com.penguinmails.operational.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupRampTest {

    @Test
    void theDefaultCurveDoublesWhenThatReachesTheTargetOnTheLastDay() {
        assertThat(WarmupRamp.geometric(20, 640, 6).volumes()).containsExactly(20, 40, 80, 160, 320, 640);
    }

    @Test
    void theDefaultCurveStartsAtTheStartEndsAtTheTargetAndNeverDecreases() {
        WarmupRamp ramp = WarmupRamp.geometric(20, 2000, 30);

        assertThat(ramp.days()).isEqualTo(30);
        assertThat(ramp.volumeAt(0)).isEqualTo(20);
        assertThat(ramp.target()).isEqualTo(2000);
        assertThat(ramp.volumes()).isSorted();
        assertThat(ramp.volumeAt(100)).isEqualTo(2000);
        assertThat(WarmupRamp.geometric(50, 50, 1).volumes()).containsExactly(50);
    }

    @Test
    void aCutGoesBackToTheLatestStepAtMostHalfTheVolume() {
        WarmupRamp ramp = new WarmupRamp(List.of(20, 40, 80, 160, 320, 640));

        assertThat(ramp.halvedFrom(4)).isEqualTo(3);
        assertThat(ramp.halvedFrom(5)).isEqualTo(4);
        assertThat(ramp.halvedFrom(0)).isZero();
        assertThat(ramp.halvedFrom(9)).isEqualTo(4);
        WarmupRamp flat = new WarmupRamp(List.of(100, 110, 120, 130));
        assertThat(flat.halvedFrom(3)).isZero();
    }

    @Test
    void badRampsAreRefusedWithTheReason() {
        assertThat(WarmupRamp.problems(List.of())).containsExactly("ramp must have 1 to 365 daily volumes");
        assertThat(WarmupRamp.problems(List.of(10, 5))).containsExactly("ramp must not decrease (day 2)");
        assertThat(WarmupRamp.problems(List.of(0, 5))).containsExactly("ramp volumes must be at least 1 (day 1)");
        assertThatThrownBy(() -> WarmupRamp.geometric(100, 50, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
