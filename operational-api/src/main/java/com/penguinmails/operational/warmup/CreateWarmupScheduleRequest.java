package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;

/**
 * A new warm-up schedule: the default curve ({@code start_volume} on day 1 to {@code target_volume} on day
 * {@code days}) or a custom {@code ramp} of daily volumes; {@code starts_on} defaults to today (UTC).
 *
 * @param targetType {@code ip} or {@code mailbox}
 * @param target the IP (of a server of the workspace) or the mailbox address (of the workspace)
 */
public record CreateWarmupScheduleRequest(
        @JsonProperty("target_type") @NotBlank String targetType,
        @JsonProperty("target") @NotBlank String target,
        @JsonProperty("target_volume") Integer targetVolume,
        @JsonProperty("days") Integer days,
        @JsonProperty("start_volume") Integer startVolume,
        @JsonProperty("ramp") List<Integer> ramp,
        @JsonProperty("starts_on") LocalDate startsOn) {
}
