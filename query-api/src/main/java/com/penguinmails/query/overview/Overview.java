package com.penguinmails.query.overview;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * The answer of {@code GET /v1/analytics/overview}: event counts, distinct-message counts and funnel rates of one
 * tenant in a time range.
 *
 * @param from the range's inclusive start, as requested, in UTC
 * @param to the range's exclusive end, as requested, in UTC
 * @param campaignId the campaign filter, or null (left out of the JSON) when the answer covers all campaigns
 * @param counts events per type (see {@link EventTotals#EVENT_TYPES}), each event_id once
 * @param uniqueMessages distinct messages per type
 * @param rates the funnel rates over distinct messages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Overview(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("counts") Map<String, Long> counts,
        @JsonProperty("unique_messages") Map<String, Long> uniqueMessages,
        @JsonProperty("rates") Rates rates) {

    /** Builds the answer to {@code request} from its totals. */
    public static Overview of(OverviewRequest request, EventTotals totals) {
        return new Overview(request.range().from(), request.range().to(), request.campaignId().orElse(null),
                totals.eventsByType(), totals.messagesByType(), Rates.of(totals));
    }
}
