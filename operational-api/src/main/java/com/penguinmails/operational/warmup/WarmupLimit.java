package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * The most one IP or mailbox may send on one day (UTC) under its warm-up schedule.
 *
 * @param day the ramp day that date falls on (1-based; past the ramp's length the target holds)
 * @param complete whether the ramp has reached its target
 */
public record WarmupLimit(
        @JsonProperty("schedule_id") String scheduleId,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("target_type") String targetType,
        @JsonProperty("target") String target,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("daily_limit") int dailyLimit,
        @JsonProperty("day") int day,
        @JsonProperty("paused") boolean paused,
        @JsonProperty("complete") boolean complete) {

    static WarmupLimit of(WarmupSchedule schedule, LocalDate date) {
        int step = schedule.progress().stepOn(date);
        return new WarmupLimit(schedule.id(), schedule.workspaceId(), schedule.targetType(), schedule.target(), date,
                schedule.limitOn(date), step + 1, schedule.progress().paused(), step >= schedule.ramp().days() - 1);
    }
}
