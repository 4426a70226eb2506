package com.penguinmails.operational.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's role in an organisation or one of its workspaces. Each role holds every permission of the roles below
 * it; the matrix is documented in {@code operational-api/ACCESS.md}.
 */
public enum Role {
    VIEWER,
    MEMBER,
    ADMIN,
    OWNER;

    /** Whether this role grants {@code permission}. */
    public boolean allows(Permission permission) {
        return permissions().contains(permission);
    }

    /** Every permission this role grants. */
    public Set<Permission> permissions() {
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (permission.minimumRole() != null && compareTo(permission.minimumRole()) >= 0) {
                granted.add(permission);
            }
        }
        return granted;
    }
}
