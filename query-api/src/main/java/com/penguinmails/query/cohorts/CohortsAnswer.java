package com.penguinmails.query.cohorts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/analytics/cohorts}: the question as understood and the retention matrix, one row per
 * cohort that has at least one contact, oldest first.
 *
 * @param from the range's inclusive start, in UTC
 * @param to the range's exclusive end, in UTC
 * @param timeZone the zone periods are cut in
 * @param period day, week or month
 * @param cohortBy first_send or first_engagement
 * @param activity open, click, reply or conversion
 * @param campaignId the campaign filter, or null (left out of the JSON) for all campaigns
 * @param periods cells per cohort
 * @param cohorts the matrix's rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortsAnswer(
        @JsonProperty("from") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
        @JsonProperty("to") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant to,
        @JsonProperty("tz") String timeZone,
        @JsonProperty("period") String period,
        @JsonProperty("cohort_by") String cohortBy,
        @JsonProperty("activity") String activity,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("periods") int periods,
        @JsonProperty("cohorts") List<Cohort> cohorts) {

    /** The answer to {@code request} with the given rows. */
    public static CohortsAnswer of(CohortsRequest request, List<Cohort> cohorts) {
        return new CohortsAnswer(request.range().from(), request.range().to(), request.zone().getId(),
                request.period().wireName(), request.basis().wireName(), request.activity().wireName(),
                request.campaignId().orElse(null), request.periods(), List.copyOf(cohorts));
    }
}
