package com.penguinmails.query.attribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of an attribution report: a campaign (with variant or step when grouped by them, and the day when split by
 * day) and every model's credit side by side.
 *
 * @param day the conversions' day in the request's zone; null unless split by day
 * @param campaignId the campaign ({@code ""} for touches of messages without one)
 * @param variant the variant; null unless grouped by variant
 * @param sequenceStep the step (0 = unknown); null unless grouped by step
 * @param models the credit of each model by wire name (first_touch, last_touch, linear, time_decay, position_based)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributionGroup(
        @JsonProperty("day") LocalDate day,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("variant") String variant,
        @JsonProperty("sequence_step") Integer sequenceStep,
        @JsonProperty("models") Map<String, ModelCredit> models) {

    public AttributionGroup {
        models = new TreeMap<>(models);
    }
}
