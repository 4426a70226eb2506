package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Why an organisation cancels: Stripe's {@code cancellation_details.feedback} values. */
public enum CancellationReason {
    CUSTOMER_SERVICE, LOW_QUALITY, MISSING_FEATURES, OTHER, SWITCHED_SERVICE, TOO_COMPLEX, TOO_EXPENSIVE, UNUSED;

    /** The wire name, e.g. {@code too_expensive}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason named {@code wireName}; unknown names fail (answered 400/422). */
    @JsonCreator
    public static CancellationReason fromWire(String wireName) {
        return Arrays.stream(values()).filter(reason -> reason.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cancellation reason " + wireName));
    }
}
