package com.penguinmails.query.cohorts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One cell of a cohort's row in the retention matrix: period k after the cohort.
 *
 * @param period k (0 = the cohort's own period)
 * @param start the local date period k starts on (request's time zone)
 * @param active contacts of the cohort with the activity in period k
 * @param share {@code active / size}, rounded half-up to 4 decimals (0 for an empty cohort)
 * @param activeUnbounded contacts of the cohort with the activity in period k or any later period
 * @param shareUnbounded {@code activeUnbounded / size}, rounded half-up to 4 decimals
 * @param value conversion value of the cohort's contacts in periods 0..k, per currency (exact sums)
 * @param ltv {@code value / size} per currency: cumulative conversion value per contact, rounded half-up to 4 decimals
 */
public record RetentionCell(
        @JsonProperty("period") int period,
        @JsonProperty("start") @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
        @JsonProperty("active") long active,
        @JsonProperty("share") double share,
        @JsonProperty("active_unbounded") long activeUnbounded,
        @JsonProperty("share_unbounded") double shareUnbounded,
        @JsonProperty("value") Map<String, BigDecimal> value,
        @JsonProperty("ltv") Map<String, BigDecimal> ltv) {
}
