package com.penguinmails.query.cohorts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.query.csv.CsvExportable;
import com.penguinmails.query.csv.CsvTable;
import java.time.Instant;
import java.util.ArrayList;
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
 * @param asOf when the counts were taken (a kept matrix's time; see {@link CohortSnapshots})
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
        @JsonProperty("cohorts") List<Cohort> cohorts,
        @JsonProperty("as_of") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf) implements CsvExportable {

    /** The answer to {@code request} with the given rows, counted at {@code asOf}. */
    public static CohortsAnswer of(CohortsRequest request, List<Cohort> cohorts, Instant asOf) {
        return new CohortsAnswer(request.range().from(), request.range().to(), request.zone().getId(),
                request.period().wireName(), request.basis().wireName(), request.activity().wireName(),
                request.campaignId().orElse(null), request.periods(), List.copyOf(cohorts), asOf);
    }

    /**
     * The retention matrix as a long table: one row per cohort and period. Conversion value and lifetime value are
     * per currency and stay in the JSON answer.
     */
    @Override
    public CsvTable csvTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            for (RetentionCell cell : cohort.periods()) {
                rows.add(CsvTable.row(cohort.start().toString(), cohort.size(), cell.period(), cell.start().toString(),
                        cell.active(), cell.share(), cell.activeUnbounded(), cell.shareUnbounded()));
            }
        }
        return new CsvTable("cohorts-" + period, List.of("cohort_start", "size", "period", "period_start", "active",
                "share", "active_unbounded", "share_unbounded"), rows);
    }
}
