package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One change of a schedule and why: created, paused, resumed, or cut automatically on a pause recommendation. */
public record WarmupAdjustment(
        @JsonProperty("at") Instant at,
        @JsonProperty("kind") String kind,
        @JsonProperty("source_alert_id") String sourceAlertId,
        @JsonProperty("reason") String reason,
        @JsonProperty("limit_before") Integer limitBefore,
        @JsonProperty("limit_after") int limitAfter) {
}
