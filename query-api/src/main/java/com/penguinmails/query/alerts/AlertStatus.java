package com.penguinmails.query.alerts;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Locale;

/** Which alert episodes to list by their current state: still firing, resolved, or both. */
public enum AlertStatus {
    FIRING,
    RESOLVED,
    ALL;

    /**
     * Reads a {@code status} parameter.
     *
     * @throws InvalidQueryParameterException unless it is firing, resolved or all
     */
    public static AlertStatus parse(String text) {
        for (AlertStatus status : values()) {
            if (status.wireName().equals(text)) {
                return status;
            }
        }
        throw new InvalidQueryParameterException("status must be one of firing, resolved, all");
    }

    /** The name in requests and answers; also the {@code alerts.state} value for firing and resolved. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
