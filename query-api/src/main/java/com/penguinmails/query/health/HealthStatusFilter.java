package com.penguinmails.query.health;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.List;

/** The health statuses the stream job writes, which the {@code status} parameter may select. */
public final class HealthStatusFilter {

    /** Every status of {@code sending_health.status}. */
    public static final List<String> STATUSES = List.of("healthy", "warning", "critical", "insufficient_volume");

    private HealthStatusFilter() {
    }

    /**
     * Checks a {@code status} parameter.
     *
     * @throws InvalidQueryParameterException unless it is one of {@link #STATUSES}
     */
    public static String parse(String text) {
        if (!STATUSES.contains(text)) {
            throw new InvalidQueryParameterException("status must be one of " + String.join(", ", STATUSES));
        }
        return text;
    }
}
