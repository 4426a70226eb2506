package com.penguinmails.operational.infrastructure;

import java.util.Locale;

/**
 * Where a server is in its life: {@code requested -> provisioning -> active | failed}, and
 * {@code active | failed | requested | provisioning -> deleting -> deleted}. Stored and sent lower case.
 */
public enum ServerStatus {
    /** Accepted by the platform; the order has not been confirmed by the provider yet. */
    REQUESTED,
    /** The provider accepted the order and is building the server. */
    PROVISIONING,
    /** Built and running; its IP addresses are known. */
    ACTIVE,
    /** The provider refused the order, the build failed, or retries ran out. */
    FAILED,
    /** Decommissioning: the server is being terminated at the provider. */
    DELETING,
    /** Terminated at the provider. */
    DELETED;

    /** The worker still has something to do for a server in this status. */
    public boolean pending() {
        return this == REQUESTED || this == PROVISIONING || this == DELETING;
    }

    /** Whether decommissioning may start from this status. */
    public boolean decommissionable() {
        return this != DELETING && this != DELETED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ServerStatus of(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
