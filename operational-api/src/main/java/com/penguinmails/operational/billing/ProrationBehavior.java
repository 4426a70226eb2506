package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a plan change is prorated, as Stripe's {@code proration_behavior}: credit and charge the rest of the period on the
 * next invoice, invoice the difference at once, or not prorate.
 */
public enum ProrationBehavior {
    CREATE_PRORATIONS, ALWAYS_INVOICE, NONE;

    /** The wire name, e.g. {@code always_invoice}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The behaviour named {@code wireName}; unknown names fail (answered 400/422). */
    @JsonCreator
    public static ProrationBehavior fromWire(String wireName) {
        return Arrays.stream(values()).filter(value -> value.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown proration behaviour " + wireName));
    }
}
