package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability/series}: sends, deliveries, bounces and complaints per bucket
 * of the interval, every bucket of the range present (zeros when empty).
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param interval the bucket size: minute, hour, day or week
 * @param tz the IANA zone the buckets are cut in
 * @param resolution the table that answered: minute, hour or day
 * @param thresholds the limits the statuses were judged against
 * @param points one per calendar bucket (in {@code tz}) overlapping the range, oldest first
 */
public record DeliverabilitySeries(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("interval") String interval,
        @JsonProperty("tz") String tz,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("thresholds") DeliverabilityThresholds thresholds,
        @JsonProperty("points") List<DeliverabilityPoint> points) implements CsvExportable {

    public DeliverabilitySeries {
        points = List.copyOf(points);
    }

    /** One line per bucket. */
    @Override
    public CsvTable csvTable() {
        List<String> header = List.of("bucket", "sent", "delivered", "bounced_hard", "bounced_soft", "bounced_block",
                "bounced_undetermined", "complaints", "bounce_rate", "bounce_status", "complaint_rate",
                "complaint_status");
        List<List<Object>> lines = points.stream().map(p -> CsvTable.row(p.bucket().toString(), p.sent(),
                p.delivered(), p.bouncedHard(), p.bouncedSoft(), p.bouncedBlock(), p.bouncedUndetermined(),
                p.complaints(), p.bounceRate(), p.bounceStatus().wireName(), p.complaintRate(),
                p.complaintStatus().wireName())).toList();
        return new CsvTable("deliverability-series-" + interval, header, lines);
    }
}
