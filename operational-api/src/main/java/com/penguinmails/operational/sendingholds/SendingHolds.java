package com.penguinmails.operational.sendingholds;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stops and resumes the sending of a whole organisation or of one of its workspaces. While any hold is in place,
 * ingestion refuses new {@code send} events for what it covers; holds with different reasons are independent, so
 * paying an overdue invoice does not lift a budget cap.
 */
public interface SendingHolds {

    /**
     * Puts a hold in place inside the caller's transaction; placing one that is already in place keeps the first.
     *
     * @param workspaceId the workspace held, or empty to hold the whole organisation
     * @param detail why, in words shown to the organisation's people (never a secret)
     */
    void place(Handle handle, String tenantId, Optional<String> workspaceId, HoldReason reason, String detail);

    /** Lifts the hold with this reason, if any, inside the caller's transaction. */
    void lift(Handle handle, String tenantId, Optional<String> workspaceId, HoldReason reason);
}
