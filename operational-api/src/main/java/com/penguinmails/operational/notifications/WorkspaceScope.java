package com.penguinmails.operational.notifications;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.workspaces.WorkspaceDao;
import org.jdbi.v3.core.Handle;

/**
 * The workspace an alert rule, notification channel or webhook belongs to (null: the whole organisation): it must be
 * one of the caller's organisation, and a member with roles only in some workspaces sees what belongs to those.
 */
public final class WorkspaceScope {

    private WorkspaceScope() {
    }

    /** Refuses with 422 unless {@code workspaceId} is null or a workspace of the caller's organisation. */
    public static void requireOwned(Handle handle, Caller caller, String workspaceId) {
        if (workspaceId != null && WorkspaceDao.find(handle, caller.tenantId(), workspaceId).isEmpty()) {
            throw new UnprocessableEntityException("workspace_id names no workspace of your organisation");
        }
    }

    /**
     * A workspace where the caller holds {@code permission} (null when none), so that a list endpoint lets in a
     * member whose roles are all per workspace; the list then keeps only what the caller may read.
     */
    public static String anyAllowing(Caller caller, Permission permission) {
        return caller.workspaceRoles().keySet().stream()
                .filter(workspace -> AccessGuard.allows(caller, permission, workspace))
                .sorted().findFirst().orElse(null);
    }
}
