package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability/bounces}: per value of the grouping, bounces by type and
 * reason with bounce and complaint rates judged against the configured thresholds.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param groupBy the grouping's wire name
 * @param resolution the bucket size that answered: minute, hour or day
 * @param thresholds the limits the statuses were judged against
 * @param rows one per value of the grouping, most messages sent first
 */
public record BounceBreakdown(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("thresholds") DeliverabilityThresholds thresholds,
        @JsonProperty("rows") List<BounceBreakdownRow> rows) implements CsvExportable {

    public BounceBreakdown {
        rows = List.copyOf(rows);
    }

    /** One line per row and bounce type and reason (a row without bounces gets one line with empty type and reason). */
    @Override
    public CsvTable csvTable() {
        List<String> header = List.of(groupBy, "sent", "delivered", "bounced", "complaints", "bounce_rate",
                "bounce_status", "complaint_rate", "complaint_status", "bounce_type", "reason", "bounces",
                "share_of_sent", "share_of_bounces");
        List<List<Object>> lines = new ArrayList<>();
        for (BounceBreakdownRow row : rows) {
            List<Object> group = List.of(row.key(), row.sent(), row.delivered(), row.bounced(), row.complaints(),
                    row.bounceRate(), row.bounceStatus().wireName(), row.complaintRate(),
                    row.complaintStatus().wireName());
            if (row.reasons().isEmpty()) {
                lines.add(line(group, "", "", 0L, 0.0, 0.0));
            }
            for (BounceReasonCount reason : row.reasons()) {
                lines.add(line(group, reason.bounceType(), reason.reason(), reason.bounces(), reason.shareOfSent(),
                        reason.shareOfBounces()));
            }
        }
        return new CsvTable("bounces-by-" + groupBy, header, lines);
    }

    private static List<Object> line(List<Object> group, Object... reason) {
        List<Object> line = new ArrayList<>(group);
        line.addAll(List.of(reason));
        return line;
    }
}
