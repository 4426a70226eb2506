package com.penguinmails.query.alerts;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Locale;

/**
 * How urgent an alert is. Alert rules carry no severity of their own (stream-jobs/ALERTS.md), so it is derived from
 * who raised the alert: {@code critical} for the health stage's pause recommendations (rule {@code auto_pause}: a
 * critical limit was reached), {@code warning} for every tenant-defined rule.
 */
public enum AlertSeverity {
    CRITICAL,
    WARNING,
    ALL;

    /** The rule id of the health stage's pause recommendations. */
    public static final String AUTO_PAUSE_RULE = "auto_pause";

    /**
     * Reads a {@code severity} parameter.
     *
     * @throws InvalidQueryParameterException unless it is critical, warning or all
     */
    public static AlertSeverity parse(String text) {
        for (AlertSeverity severity : values()) {
            if (severity.wireName().equals(text)) {
                return severity;
            }
        }
        throw new InvalidQueryParameterException("severity must be one of critical, warning, all");
    }

    /** The severity of an alert raised by {@code ruleId}. */
    public static AlertSeverity of(String ruleId) {
        return AUTO_PAUSE_RULE.equals(ruleId) ? CRITICAL : WARNING;
    }

    /** The name in requests and answers. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
