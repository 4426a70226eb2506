package com.penguinmails.operational.access;

import jakarta.ws.rs.ForbiddenException;
import java.util.Optional;

/**
 * Decides whether a caller holds a permission, organisation-wide or in one workspace, and refuses with 403 otherwise.
 *
 * <p>People hold the permissions of their organisation role everywhere and of their workspace role in that workspace.
 * API keys act with their scopes: {@code admin} as an organisation admin, {@code events:write} only for
 * {@link Permission#SUPPRESSIONS_CHECK}. Services hold only {@link Permission#INTERNAL_READ}. Callers must already have
 * made sure the workspace belongs to {@link Caller#tenantId()} (look it up by tenant and id, answer 404 otherwise).
 */
public final class AccessGuard {

    static final String ADMIN_SCOPE = "admin";
    static final String EVENTS_WRITE_SCOPE = "events:write";

    private AccessGuard() {
    }

    /** Whether {@code caller} holds {@code permission} organisation-wide. */
    public static boolean allows(Caller caller, Permission permission) {
        return allows(caller, permission, null);
    }

    /** Whether {@code caller} holds {@code permission} in the workspace {@code workspaceId} (null: organisation-wide). */
    public static boolean allows(Caller caller, Permission permission, String workspaceId) {
        if (caller.isService()) {
            return permission == Permission.INTERNAL_READ;
        }
        if (permission == Permission.INTERNAL_READ) {
            return false;
        }
        if (caller.apiKeyId().isPresent()) {
            return caller.keyScopes().contains(ADMIN_SCOPE) && Role.ADMIN.allows(permission)
                    || caller.keyScopes().contains(EVENTS_WRITE_SCOPE) && permission == Permission.SUPPRESSIONS_CHECK;
        }
        if (caller.organisationRole().map(role -> role.allows(permission)).orElse(false)) {
            return true;
        }
        return workspaceId != null && Optional.ofNullable(caller.workspaceRoles().get(workspaceId))
                .map(role -> role.allows(permission)).orElse(false);
    }

    /** Refuses with 403 unless {@code caller} holds {@code permission} organisation-wide. */
    public static void require(Caller caller, Permission permission) {
        require(caller, permission, null);
    }

    /** Refuses with 403 unless {@code caller} holds {@code permission} in {@code workspaceId}. */
    public static void require(Caller caller, Permission permission, String workspaceId) {
        if (!allows(caller, permission, workspaceId)) {
            throw new ForbiddenException("missing permission " + permission.name().toLowerCase()
                    + (workspaceId == null ? "" : " in workspace " + workspaceId));
        }
    }
}
