package com.penguinmails.query.health;

import com.penguinmails.query.request.InvalidQueryParameterException;

/**
 * The kind of sender the stream job scores (stream-jobs/HEALTH.md): a sending domain, a sender mailbox or a sending
 * IP, each named as {@code sending_health.scope_kind} stores it.
 */
public enum HealthScope {
    SENDING_DOMAIN("sending_domain", "domain"),
    MAILBOX("mailbox", "mailbox"),
    SENDING_IP("sending_ip", "ip");

    private final String kind;
    private final String shortName;

    HealthScope(String kind, String shortName) {
        this.kind = kind;
        this.shortName = shortName;
    }

    /** The {@code scope_kind} value; also the name in answers. */
    public String kind() {
        return kind;
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
