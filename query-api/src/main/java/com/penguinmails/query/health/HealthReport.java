package com.penguinmails.query.health;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/health}: every scope of one kind with its current health and trend, scopes
 * recommended for a pause first, then lowest score first.
 *
 * @param from the trend's inclusive start, in UTC
 * @param to the trend's exclusive end, in UTC
 * @param scope the kind of the scopes listed
 * @param mailboxProvider the provider the rows are restricted to; "" for all providers together
 * @param interval the trend's bucket size
 * @param scopes one per scope
 */
public record HealthReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("scope") String scope,
        @JsonProperty("mailbox_provider") String mailboxProvider,
        @JsonProperty("interval") String interval,
        @JsonProperty("scopes") List<ScopeHealth> scopes) {

    public HealthReport {
        scopes = List.copyOf(scopes);
    }
}
