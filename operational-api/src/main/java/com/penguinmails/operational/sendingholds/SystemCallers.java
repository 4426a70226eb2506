package com.penguinmails.operational.sendingholds;

import com.penguinmails.operational.access.Caller;

/**
 * The audit identity of the service's own background work (usage metering, budgets, billing jobs), acting inside one
 * organisation so its audit records land in that organisation's trail.
 */
public final class SystemCallers {

    private SystemCallers() {
    }

    /** A caller named {@code system:<job>} acting in {@code tenantId}. */
    public static Caller of(String tenantId, String job) {
        return Caller.internal(tenantId, "system:" + job);
    }
}
