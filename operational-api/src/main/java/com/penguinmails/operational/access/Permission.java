package com.penguinmails.operational.access;

/**
 * What a caller may do. Each permission names the least role that holds it; {@code null} means no role does (only
 * service callers or keys with a matching scope). The matrix is documented in {@code operational-api/ACCESS.md}.
 */
public enum Permission {
    ORGANISATION_READ(Role.VIEWER),
    ORGANISATION_MANAGE(Role.OWNER),
    WORKSPACES_READ(Role.VIEWER),
    WORKSPACES_MANAGE(Role.ADMIN),
    MEMBERS_READ(Role.VIEWER),
    MEMBERS_MANAGE(Role.ADMIN),
    API_KEYS_READ(Role.ADMIN),
    API_KEYS_MANAGE(Role.ADMIN),
    DOMAINS_READ(Role.VIEWER),
    DOMAINS_MANAGE(Role.ADMIN),
    ALERTS_READ(Role.VIEWER),
    ALERTS_MANAGE(Role.MEMBER),
    WEBHOOKS_READ(Role.MEMBER),
    WEBHOOKS_MANAGE(Role.ADMIN),
    AUDIT_READ(Role.ADMIN),
    SUPPRESSIONS_READ(Role.VIEWER),
    SUPPRESSIONS_MANAGE(Role.MEMBER),
    /** Senders check recipients before sending: also granted to keys with the {@code events:write} scope. */
    SUPPRESSIONS_CHECK(Role.VIEWER),
    PRIVACY_EXPORT(Role.ADMIN),
    PRIVACY_ERASE(Role.OWNER),
    INFRASTRUCTURE_READ(Role.VIEWER),
    INFRASTRUCTURE_MANAGE(Role.ADMIN),
    BILLING_READ(Role.ADMIN),
    BILLING_MANAGE(Role.OWNER),
    /** Service-to-service reads (key validation, tracking domains): no person holds it. */
    INTERNAL_READ(null);

    private final Role minimumRole;

    Permission(Role minimumRole) {
        this.minimumRole = minimumRole;
    }

    /** The least role holding this permission, or {@code null} when no role does. */
    public Role minimumRole() {
        return minimumRole;
    }
}
