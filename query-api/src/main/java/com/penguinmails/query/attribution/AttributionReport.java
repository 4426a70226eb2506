package com.penguinmails.query.attribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/attribution}.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param tz the zone of the rows' days
 * @param groupBy the grouping's wire name
 * @param campaignId the campaign filter, null when none
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
        @JsonProperty("by_day") boolean byDay,
        @JsonProperty("groups") List<AttributionGroup> groups,
        @JsonProperty("unattributed") ModelCredit unattributed) {

    public AttributionReport {
        groups = List.copyOf(groups);
    }

    /** The report answering {@code request}. */
    public static AttributionReport of(AttributionRequest request, AttributionTotals totals) {
        return new AttributionReport(request.range().from(), request.range().to(), request.zone().getId(),
                request.grouping().wireName(), request.campaignId().orElse(null), request.byDay(), totals.groups(),
                totals.unattributed());
    }
}
