package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/deliverability}.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param groupBy the grouping's wire name
 * @param resolution the bucket size that answered: minute, hour or day
 * @param groups one row per value of the grouping, most messages sent first
 */
public record DeliverabilityReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("groups") List<DeliverabilityGroup> groups) implements CsvExportable {

    public DeliverabilityReport {
        groups = List.copyOf(groups);
    }

    /** The groups as a table: the key, every counter, then every rate (JSON names as column names). */
    @Override
    public CsvTable csvTable() {
        List<String> header = new ArrayList<>();
        header.add(groupBy);
        header.addAll(List.of(DeliverabilityCounters.COLUMNS));
        header.addAll(List.of("delivery_rate", "bounce_rate", "hard_bounce_rate", "block_rate", "complaint_rate",
                "unsubscribe_rate", "unique_human_open_rate", "unique_human_click_rate", "human_reply_rate"));
        List<List<Object>> rows = new ArrayList<>();
        for (DeliverabilityGroup group : groups) {
            DeliverabilityCounters c = group.counters();
            DeliverabilityRates r = group.rates();
            rows.add(CsvTable.row(group.key(), c.sent(), c.delivered(), c.deferred(), c.bouncedHard(),
                    c.bouncedSoft(), c.bouncedBlock(), c.bouncedUndetermined(), c.complaints(), c.unsubscribes(),
                    c.opensAll(), c.opensHuman(), c.opensUnique(), c.opensUniqueContacts(), c.clicksAll(),
                    c.clicksHuman(), c.clicksUnique(), c.clicksUniqueContacts(), c.repliesHuman(), c.repliesAuto(),
                    r.delivery(), r.bounce(), r.hardBounce(), r.block(), r.complaint(), r.unsubscribe(),
                    r.uniqueHumanOpen(), r.uniqueHumanClick(), r.humanReply()));
        }
        return new CsvTable("deliverability-by-" + groupBy, header, rows);
    }

    /** The report answering {@code request} with its groups. */
    public static DeliverabilityReport of(DeliverabilityRequest request, List<DeliverabilityGroup> groups) {
        return new DeliverabilityReport(request.range().from(), request.range().to(), request.grouping().wireName(),
                request.resolution().wireName(), groups);
    }
}
