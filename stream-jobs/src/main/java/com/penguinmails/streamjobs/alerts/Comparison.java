package com.penguinmails.streamjobs.alerts;

import java.util.Locale;

/** How a rule compares its metric with its threshold; the condition holds when the comparison is true. */
public enum Comparison {
    /** value > threshold. */
    ABOVE,
    /** value < threshold. */
    BELOW;

    /** Whether {@code value} is on the alerting side of {@code threshold}. */
    public boolean holds(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }

    /** The name on the wire, e.g. {@code above}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The comparison with this wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Comparison fromWireName(String name) {
        for (Comparison comparison : values()) {
            if (comparison.wireName().equals(name)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("Unknown comparison: " + name);
    }
}
