package com.penguinmails.query.attribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /v1/analytics/attribution}.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param tz the zone of the rows' days
 * @param groupBy the grouping's wire name
 * @param campaignId the campaign filter, null when none
 * @param filters every filter applied (campaign, variant, step), by parameter name
 * @param byDay whether rows are split per day
 * @param groups the rows, ordered by day, campaign, variant/step
 * @param unattributed the conversions in the range with no touch in their lookback window (all campaigns)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributionReport(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("tz") String tz,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("filters") Map<String, String> filters,
        @JsonProperty("by_day") boolean byDay,
        @JsonProperty("groups") List<AttributionGroup> groups,
        @JsonProperty("unattributed") ModelCredit unattributed) implements CsvExportable {

    public AttributionReport {
        groups = List.copyOf(groups);
    }

    /** The report answering {@code request}. */
    public static AttributionReport of(AttributionRequest request, AttributionTotals totals) {
        return new AttributionReport(request.range().from(), request.range().to(), request.zone().getId(),
                request.grouping().wireName(), request.campaignId().orElse(null), request.filters().byParameter(), request.byDay(), totals.groups(),
                totals.unattributed());
    }

    /**
     * The rows as a long table: one row per group, model and currency of its revenue (one row with an empty currency
     * and revenue 0 when the model credited no revenue); variant and step are empty unless grouped by.
     */
    @Override
    public CsvTable csvTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (AttributionGroup group : groups) {
            group.models().forEach((model, credit) -> {
                if (credit.revenue().isEmpty()) {
                    rows.add(CsvTable.row(group.day() == null ? null : group.day().toString(), group.campaignId(),
                            group.variant(), group.sequenceStep(), model, credit.conversions(), "", 0.0));
                }
                credit.revenue().forEach((currency, revenue) -> rows.add(CsvTable.row(
                        group.day() == null ? null : group.day().toString(), group.campaignId(), group.variant(),
                        group.sequenceStep(), model, credit.conversions(), currency, revenue)));
            });
        }
        return new CsvTable("attribution-by-" + groupBy, List.of("day", "campaign_id", "variant", "sequence_step",
                "model", "conversions", "currency", "revenue"), rows);
    }
}
