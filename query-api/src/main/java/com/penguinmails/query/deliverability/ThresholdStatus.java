package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a rate stands against its limits: below the warning level, at or above it, at or above the critical one. */
public enum ThresholdStatus {
    OK,
    WARNING,
    CRITICAL,
    /** The denominator is below the minimum volume, so the rate says too little to judge. */
    INSUFFICIENT_VOLUME;

    /** The name in answers: ok, warning, critical or insufficient_volume. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
