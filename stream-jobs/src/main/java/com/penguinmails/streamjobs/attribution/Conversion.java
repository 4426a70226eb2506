package com.penguinmails.streamjobs.attribution;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One conversion of a contact (a meeting booked, a deal won...).
 *
 * @param conversionId the conversion event's id
 * @param occurredAtMillis when it happened, epoch milliseconds (UTC)
 * @param conversionType e.g. {@code meeting_booked}
 * @param value its value in {@code currency}, or null when it has none (revenue 0)
 * @param currency ISO 4217 code, {@code ""} when the conversion has no value or no currency
 */
public record Conversion(String conversionId, long occurredAtMillis, String conversionType, BigDecimal value,
        String currency) {

    /** Validates; a null type or currency becomes {@code ""}. */
    public Conversion {
        Objects.requireNonNull(conversionId, "conversionId");
        conversionType = conversionType == null ? "" : conversionType;
        currency = currency == null ? "" : currency;
    }

    /** The value as a double for revenue shares, 0 when there is none. */
    public double valueOrZero() {
        return value == null ? 0 : value.doubleValue();
    }
}
