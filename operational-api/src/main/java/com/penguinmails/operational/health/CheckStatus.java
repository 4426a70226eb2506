package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The outcome of one health check. {@link #UNKNOWN} means the check could not tell (a DNS query failed, a blocklist
 * refused to answer): it never counts as a pass or a failure and never changes an alert's state.
 */
public enum CheckStatus {
    OK, WARNING, FAILING, UNKNOWN;

    /** The wire and database form: lower case. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of its wire form. */
    public static CheckStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The worse of two statuses: failing, then warning, then unknown, then ok. */
    public CheckStatus worst(CheckStatus other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case OK -> 0;
            case UNKNOWN -> 1;
            case WARNING -> 2;
            case FAILING -> 3;
        };
    }
}
