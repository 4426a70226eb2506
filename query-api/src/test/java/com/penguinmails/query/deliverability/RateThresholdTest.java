package com.penguinmails.query.deliverability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateThresholdTest {

    private final RateThreshold complaint = new RateThreshold(0.001, 0.003);

    @Test
    void aRateExactlyAtALevelReachesIt() {
        assertThat(complaint.judge(3, 1000, 100)).isEqualTo(ThresholdStatus.CRITICAL);
        assertThat(complaint.judge(1, 1000, 100)).isEqualTo(ThresholdStatus.WARNING);
    }

    @Test
    void aRateJustBelowALevelStaysUnderIt() {
        assertThat(complaint.judge(2999, 1_000_000, 100)).isEqualTo(ThresholdStatus.WARNING);
        assertThat(complaint.judge(999, 1_000_000, 100)).isEqualTo(ThresholdStatus.OK);
        assertThat(complaint.judge(0, 1000, 100)).isEqualTo(ThresholdStatus.OK);
    }

    @Test
    void tooSmallADenominatorIsNotJudged() {
        assertThat(complaint.judge(50, 99, 100)).isEqualTo(ThresholdStatus.INSUFFICIENT_VOLUME);
        assertThat(complaint.judge(0, 0, 0)).isEqualTo(ThresholdStatus.INSUFFICIENT_VOLUME);
        assertThat(complaint.judge(1, 100, 100)).isEqualTo(ThresholdStatus.CRITICAL);
    }

    @Test
    void refusesAWarningAboveTheCriticalLevel() {
        assertThatThrownBy(() -> new RateThreshold(0.05, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateThreshold(-0.1, 0.02)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreTheSendersGuidelines() {
        DeliverabilityThresholds defaults = new DeliverabilityThresholdsFactory().build();

        assertThat(defaults).isEqualTo(DeliverabilityThresholds.DEFAULTS);
        assertThat(defaults.complaintStatus(3, 1000)).isEqualTo(ThresholdStatus.CRITICAL);
        assertThat(defaults.bounceStatus(49, 1000)).isEqualTo(ThresholdStatus.WARNING);
        assertThat(defaults.bounceStatus(50, 1000)).isEqualTo(ThresholdStatus.CRITICAL);
        assertThat(defaults.bounceStatus(19, 1000)).isEqualTo(ThresholdStatus.OK);
    }
}
