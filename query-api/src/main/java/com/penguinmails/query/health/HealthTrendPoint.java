package com.penguinmails.query.health;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The last health snapshot of a scope within one bucket of the trend.
 *
 * @param bucket where the bucket starts (UTC)
 * @param asOf the snapshot's scope time
 * @param score the snapshot's score 0..100, null when it lacked the volume to score
 * @param status healthy, warning, critical or insufficient_volume
 * @param pauseRecommended whether the snapshot recommended pausing the scope
 */
public record HealthTrendPoint(
        @JsonProperty("bucket") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant bucket,
        @JsonProperty("as_of") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        @JsonProperty("score") Integer score,
        @JsonProperty("status") String status,
        @JsonProperty("pause_recommended") boolean pauseRecommended) {
}
