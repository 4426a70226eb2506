package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Role;
import jakarta.ws.rs.ForbiddenException;

/** Only owners make or unmake owners: an admin can manage members but cannot grant more than they hold. */
final class Owners {

    private Owners() {
    }

    /**
     * 403 unless {@code caller} is an owner of the organisation or, when {@code workspaceId} is not null, of that
     * workspace.
     */
    static void requireOwner(Caller caller, String workspaceId) {
        boolean owner = caller.organisationRole().filter(Role.OWNER::equals).isPresent()
                || workspaceId != null && caller.workspaceRoles().get(workspaceId) == Role.OWNER;
        if (!owner) {
            throw new ForbiddenException("only an owner can grant or take away the owner role");
        }
    }
}
