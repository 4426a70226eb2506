package com.penguinmails.query.cohorts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Conversion value a cohort's contacts produced in one period after the cohort, in one currency.
 *
 * @param period k, the period after the cohort's own (0 = the cohort's period)
 * @param currency the ISO 4217 code the value is in, as the events gave it
 * @param amount the sum of the values, never null
 */
public record ConversionValue(int period, String currency, BigDecimal amount) {

    public ConversionValue {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
