package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Role;
import java.util.Map;
import java.util.Optional;

/**
 * A person's roles: organisation-wide, and per workspace id.
 *
 * @param organisationRole the role in every workspace of the organisation, if any
 * @param workspaceRoles roles in single workspaces
 */
public record RoleAssignments(Optional<Role> organisationRole, Map<String, Role> workspaceRoles) {

    public RoleAssignments {
        workspaceRoles = Map.copyOf(workspaceRoles);
    }
}
