package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of a health check found.
 *
 * @param status ok, warning, failing or unknown
 * @param detail a sentence a person can act on ("no STARTTLS offered", "listed on zen.spamhaus.org: 127.0.0.2 SBL")
 * @param measured the values the status was decided on (banner, days left, PTR names, listings...), JSON-friendly
 */
public record CheckResult(
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("detail") String detail,
        @JsonProperty("measured") Map<String, Object> measured) {

    public CheckResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    public static CheckResult of(CheckStatus status, String detail, Map<String, Object> measured) {
        return new CheckResult(status, detail, measured);
    }
}
