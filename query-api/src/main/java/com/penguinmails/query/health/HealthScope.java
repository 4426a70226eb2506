package com.penguinmails.query.health;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Optional;

/**
 * The kind of sender the stream job scores (stream-jobs/HEALTH.md): a sending domain, a sender mailbox or a sending
 * IP, each named as {@code sending_health.scope_kind} stores it.
 */
public enum HealthScope {
    SENDING_DOMAIN("sending_domain", "domain", AnalyticsFilter.SENDING_DOMAIN),
    MAILBOX("mailbox", "mailbox", AnalyticsFilter.MAILBOX),
    SENDING_IP("sending_ip", "ip", null);

    private final String kind;
    private final String shortName;
    private final AnalyticsFilter valueFilter;

    HealthScope(String kind, String shortName, AnalyticsFilter valueFilter) {
        this.kind = kind;
        this.shortName = shortName;
        this.valueFilter = valueFilter;
    }

    /** The {@code scope_kind} value; also the name in answers. */
    public String kind() {
        return kind;
    }

    /** The dashboard filter naming one scope of this kind (sending_domain, mailbox), if there is one. */
    public Optional<AnalyticsFilter> valueFilter() {
        return Optional.ofNullable(valueFilter);
    }

    /**
     * The scope a {@code scope} parameter names: its kind or short name (domain, mailbox, ip).
     *
     * @throws InvalidQueryParameterException when it names none
     */
    public static HealthScope parse(String text) {
        for (HealthScope scope : values()) {
            if (scope.kind.equals(text) || scope.shortName.equals(text)) {
                return scope;
            }
        }
        throw new InvalidQueryParameterException(
                "scope must be one of sending_domain (or domain), mailbox, sending_ip (or ip)");
    }
}
