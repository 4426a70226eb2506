package com.penguinmails.query.health;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
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
 * @param tz the IANA zone the trend's buckets are cut in
 * @param scopes one per scope
 */
public record HealthReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("scope") String scope,
        @JsonProperty("mailbox_provider") String mailboxProvider,
        @JsonProperty("interval") String interval,
        @JsonProperty("tz") String tz,
        @JsonProperty("scopes") List<ScopeHealth> scopes) implements CsvExportable {

    public HealthReport {
        scopes = List.copyOf(scopes);
    }

    /** One line per scope with its current state and both windows (the trend stays JSON-only). */
    @Override
    public CsvTable csvTable() {
        List<String> header = new ArrayList<>(List.of("scope_kind", "scope_value", "mailbox_provider", "as_of",
                "score", "status", "pause_recommended", "reasons", "score_change"));
        for (String window : List.of("24h", "7d")) {
            for (String column : List.of("sent", "delivered", "bounced", "hard_bounced", "blocked", "complaints",
                    "bounce_rate", "block_rate", "complaint_rate")) {
                header.add(column + "_" + window);
            }
        }
        List<List<Object>> lines = new ArrayList<>();
        for (ScopeHealth s : scopes) {
            List<Object> line = new ArrayList<>(CsvTable.row(s.scopeKind(), s.scopeValue(), s.mailboxProvider(),
                    s.asOf().toString(), s.score(), s.status(), s.pauseRecommended(), String.join(",", s.reasons()),
                    s.scoreChange()));
            for (HealthWindow w : List.of(s.last24h(), s.last7d())) {
                line.addAll(List.of(w.sent(), w.delivered(), w.bounced(), w.hardBounced(), w.blocked(),
                        w.complaints(), w.bounceRate(), w.blockRate(), w.complaintRate()));
            }
            lines.add(line);
        }
        return new CsvTable("health-" + scope, header, lines);
    }
}
