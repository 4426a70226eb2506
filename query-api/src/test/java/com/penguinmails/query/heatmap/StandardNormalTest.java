package com.penguinmails.query.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void knowsTheFamiliarValues() {
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(StandardNormal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-6));
        assertThat(StandardNormal.cdf(-1)).isCloseTo(0.158655, within(1e-6));
    }

    @Test
    void quantileInvertsTheCdf() {
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959964, within(1e-5));
        assertThat(StandardNormal.quantile(0.5)).isCloseTo(0, within(1e-6));
        assertThat(StandardNormal.quantile(0.05)).isCloseTo(-1.644854, within(1e-5));
    }
}
