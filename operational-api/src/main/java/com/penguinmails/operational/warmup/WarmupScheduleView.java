package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A warm-up schedule as the API answers it, with today's limit and (for one schedule) its changes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WarmupScheduleView(
        @JsonProperty("id") String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("target_type") String targetType,
        @JsonProperty("target") String target,
        @JsonProperty("curve") String curve,
        @JsonProperty("ramp") List<Integer> ramp,
        @JsonProperty("target_volume") int targetVolume,
        @JsonProperty("starts_on") LocalDate startsOn,
        @JsonProperty("paused") boolean paused,
        @JsonProperty("today") WarmupLimit today,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("adjustments") List<WarmupAdjustment> adjustments) {

    static WarmupScheduleView of(WarmupSchedule schedule, LocalDate today, List<WarmupAdjustment> adjustments) {
        return new WarmupScheduleView(schedule.id(), schedule.workspaceId(), schedule.targetType(), schedule.target(),
                schedule.curve(), schedule.ramp().volumes(), schedule.ramp().target(), schedule.startsOn(),
                schedule.progress().paused(), WarmupLimit.of(schedule, today), schedule.createdAt(),
                schedule.updatedAt(), adjustments);
    }
}
