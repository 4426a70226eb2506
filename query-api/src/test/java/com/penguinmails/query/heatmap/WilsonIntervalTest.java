package com.penguinmails.query.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void matchesTheTextbookIntervalForHalfOfTen() {
        WilsonInterval interval = WilsonInterval.of(5, 10, Z95);

        assertThat(interval.lower()).isCloseTo(0.236593, within(1e-6));
        assertThat(interval.upper()).isCloseTo(0.763407, within(1e-6));
    }

    @Test
    void staysWithinZeroAndOneAtTheEdges() {
        WilsonInterval none = WilsonInterval.of(0, 10, Z95);
        WilsonInterval all = WilsonInterval.of(10, 10, Z95);

        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.277533, within(1e-6));
        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(all.lower()).isCloseTo(1 - 0.277533, within(1e-6));
    }

    @Test
    void rejectsMoreSuccessesThanTrialsOrNoTrials() {
        assertThatThrownBy(() -> WilsonInterval.of(11, 10, Z95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(0, 0, Z95)).isInstanceOf(IllegalArgumentException.class);
    }
}
