package com.penguinmails.operational.warmup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored warm-up schedule.
 *
 * @param targetType {@code ip} or {@code mailbox}
 * @param target the IP (canonical text) or mailbox address (lower case)
 * @param curve {@code default} (the geometric curve) or {@code custom}
 */
public record WarmupSchedule(
        String id,
        String tenantId,
        String workspaceId,
        String targetType,
        String target,
        String curve,
        WarmupRamp ramp,
        LocalDate startsOn,
        WarmupProgress progress,
        Instant createdAt,
        Instant updatedAt) {

    /** The most that may be sent on {@code date}. */
    public int limitOn(LocalDate date) {
        return progress.limitOn(ramp, date);
    }

    /** This schedule with another progress. */
    public WarmupSchedule withProgress(WarmupProgress next, Instant now) {
        return new WarmupSchedule(id, tenantId, workspaceId, targetType, target, curve, ramp, startsOn, next,
                createdAt, now);
    }
}
