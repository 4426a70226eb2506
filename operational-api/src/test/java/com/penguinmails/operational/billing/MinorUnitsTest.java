package com.penguinmails.operational.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    @Test
    void convertsCentsAndCurrenciesWithoutDecimals() {
        assertThat(MinorUnits.toDecimal(4900, "usd").toPlainString()).isEqualTo("49.00");
        assertThat(MinorUnits.toDecimal(-1234, "eur").toPlainString()).isEqualTo("-12.34");
        assertThat(MinorUnits.toDecimal(500, "jpy").toPlainString()).isEqualTo("500");
        assertThat(MinorUnits.fromDecimal(new BigDecimal("99.9"), "usd")).isEqualTo(9990);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> MinorUnits.fromDecimal(new BigDecimal("1.005"), "usd"))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void displaysAtLeastTheCurrencyDecimalsAndKeepsFinerPrices() {
        assertThat(MinorUnits.display(new BigDecimal("49.0000"), "usd")).isEqualTo("49.00");
        assertThat(MinorUnits.display(new BigDecimal("0.8500"), "usd")).isEqualTo("0.85");
        assertThat(MinorUnits.display(new BigDecimal("0.125"), "usd")).isEqualTo("0.125");
        assertThat(MinorUnits.display(new BigDecimal("100"), "usd")).isEqualTo("100.00");
    }
}
