package com.penguinmails.operational.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Converts between Stripe's integer amounts in a currency's minor units and decimal amounts. */
public final class MinorUnits {

    private MinorUnits() {
    }

    /** {@code 4900} usd is {@code 49.00}; {@code 500} jpy is {@code 500}. */
    public static BigDecimal toDecimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, fractionDigits(currency));
    }

    /** {@code 49.00} usd is {@code 4900}; fails when the amount has more decimals than the currency. */
    public static long fromDecimal(BigDecimal amount, String currency) {
        return amount.setScale(fractionDigits(currency)).unscaledValue().longValueExact();
    }

    /**
     * {@code amount} as a decimal string with at least the currency's decimals and no needless trailing zeros beyond
     * them: {@code 49.0000} usd is {@code "49.00"}, {@code 0.8500} usd per thousand is {@code "0.85"}, {@code 0.125}
     * stays {@code "0.125"}.
     */
    public static String display(BigDecimal amount, String currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(stripped.scale(), fractionDigits(currency))).toPlainString();
    }

    private static int fractionDigits(String currency) {
        return Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
    }
}
