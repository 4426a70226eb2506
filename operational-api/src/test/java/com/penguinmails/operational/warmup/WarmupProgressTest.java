package com.penguinmails.operational.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupProgressTest {

    private static final WarmupRamp RAMP = new WarmupRamp(List.of(20, 40, 80, 160, 320, 640));
    private static final LocalDate START = LocalDate.parse("2026-11-20");

    @Test
    void theLimitClimbsOneStepADayAndStaysAtTheTarget() {
        WarmupProgress progress = WarmupProgress.startingOn(START);

        assertThat(progress.limitOn(RAMP, START.minusDays(3))).isEqualTo(20);
        assertThat(progress.limitOn(RAMP, START)).isEqualTo(20);
        assertThat(progress.limitOn(RAMP, START.plusDays(3))).isEqualTo(160);
        assertThat(progress.limitOn(RAMP, START.plusDays(40))).isEqualTo(640);
    }

    @Test
    void aCutHalvesTodaysVolumeAndTheRampClimbsAgainFromThere() {
        LocalDate day5 = START.plusDays(4);
        WarmupProgress cut = WarmupProgress.startingOn(START).cutOn(RAMP, day5);

        assertThat(cut.limitOn(RAMP, day5)).isEqualTo(160);
        assertThat(cut.limitOn(RAMP, day5.plusDays(1))).isEqualTo(320);
        assertThat(cut.cutOn(RAMP, day5).limitOn(RAMP, day5)).isEqualTo(80);
    }

    @Test
    void aPausedScheduleAllowsNothingAndResumesWhereItStopped() {
        LocalDate day3 = START.plusDays(2);
        WarmupProgress paused = WarmupProgress.startingOn(START).pausedOn(day3);

        assertThat(paused.limitOn(RAMP, day3)).isZero();
        assertThat(paused.limitOn(RAMP, day3.plusDays(10))).isZero();
        WarmupProgress resumed = paused.resumedOn(day3.plusDays(10));
        assertThat(resumed.limitOn(RAMP, day3.plusDays(10))).isEqualTo(80);
        assertThat(resumed.limitOn(RAMP, day3.plusDays(11))).isEqualTo(160);
    }
}
