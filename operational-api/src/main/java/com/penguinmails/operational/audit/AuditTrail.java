package com.penguinmails.operational.audit;

import com.penguinmails.operational.access.Caller;
import org.jdbi.v3.core.Handle;

/**
 * Records who changed what, when and from where. Every mutating endpoint calls it inside the transaction of its change,
 * so a change and its audit record commit together or not at all.
 */
public interface AuditTrail {

    /**
     * Records one change.
     *
     * @param handle the transaction the change was made in
     * @param caller who made it (actor, tenant and source address)
     * @param action what was done, e.g. {@code api_key.revoke}
     * @param targetType the kind of thing changed, e.g. {@code api_key}
     * @param targetId its id
     * @param before its state before the change (serialised with Jackson; secrets must already be left out), or null
     * @param after its state after the change, or null when deleted
     */
    void record(Handle handle, Caller caller, String action, String targetType, String targetId,
            Object before, Object after);
}
