package com.penguinmails.operational.usage;

import java.time.Instant;
import java.util.Map;

/** Counts the emails an organisation sent ({@code send} events), per workspace, in a time window. */
public interface UsageMeter {

    /**
     * Emails sent per workspace id in {@code [from, to)}, each distinct event counted once however often it was
     * delivered; events without a workspace count under {@code ""}. Workspaces without sends are absent.
     */
    Map<String, Long> sentPerWorkspace(String tenantId, Instant from, Instant to);

    /** The sum of {@link #sentPerWorkspace}. */
    default long sent(String tenantId, Instant from, Instant to) {
        return sentPerWorkspace(tenantId, from, to).values().stream().mapToLong(Long::longValue).sum();
    }
}
