package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The health checks run on sending infrastructure, with the kind of target each one looks at and the alert scope kind
 * its alerts carry.
 */
public enum CheckKind {
    /** SMTP banner, EHLO and STARTTLS of an SMTP host. */
    SMTP("smtp", "smtp_host"),
    /** The certificate an SMTP host presents after STARTTLS: chain and days to expiry. */
    TLS_CERTIFICATE("tls_certificate", "smtp_host"),
    /** PTR of a sending IP, forward-confirmed, matching its SMTP host name. */
    REVERSE_DNS("reverse_dns", "sending_ip"),
    /** A sending IP on the IP blocklists. */
    DNSBL_IP("dnsbl_ip", "sending_ip"),
    /** A sending domain on the domain blocklists. */
    DNSBL_DOMAIN("dnsbl_domain", "sending_domain");

    private final String wire;
    private final String scopeKind;

    CheckKind(String wire, String scopeKind) {
        this.wire = wire;
        this.scopeKind = scopeKind;
    }

    /** The wire and database name, e.g. {@code tls_certificate}. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The {@code scope_kind} of this check's alerts: {@code smtp_host}, {@code sending_ip} or {@code sending_domain}. */
    public String scopeKind() {
        return scopeKind;
    }

    /** The kind of a wire name; {@link IllegalArgumentException} for an unknown one. */
    public static CheckKind fromWire(String wire) {
        return Arrays.stream(values()).filter(kind -> kind.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown health check " + wire));
    }
}
