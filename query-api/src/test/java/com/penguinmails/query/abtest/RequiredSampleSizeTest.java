package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredSampleSizeTest {

    @Test
    void matchesTheTextbookValues() {
        // (1.95996 * sqrt(2 * .125 * .875) + 0.84162 * sqrt(.09 + .1275))^2 / .05^2 = 685.6
        assertThat(RequiredSampleSize.perVariant(0.10, 0.15)).hasValue(686);
        assertThat(RequiredSampleSize.perVariant(0.15, 0.10)).hasValue(686);
        // 5 % vs 6 %: 8,157.7 by the same formula.
        assertThat(RequiredSampleSize.perVariant(0.05, 0.06)).hasValue(8158);
    }

    @Test
    void equalRatesNeedAnInfiniteSample() {
        assertThat(RequiredSampleSize.perVariant(0.2, 0.2)).isEmpty();
    }

    @Test
    void rejectsRatesOutsideZeroToOne() {
        assertThatThrownBy(() -> RequiredSampleSize.perVariant(1.2, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequiredSampleSize.perVariant(Double.NaN, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
