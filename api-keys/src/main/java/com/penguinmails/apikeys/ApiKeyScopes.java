package com.penguinmails.apikeys;

import java.util.Set;

/**
 * The scopes an API key may hold. A key holds only the scopes it was issued with: {@link #ADMIN} does not imply the
 * others.
 */
public final class ApiKeyScopes {

    /** Send events, tracking registrations and inbound mail to ingestion. */
    public static final String EVENTS_WRITE = "events:write";
    /** Read analytics from the query API. */
    public static final String ANALYTICS_READ = "analytics:read";
    /** Manage the organisation through the operational API, as an organisation admin. */
    public static final String ADMIN = "admin";
    /** Every scope. */
    public static final Set<String> ALL = Set.of(EVENTS_WRITE, ANALYTICS_READ, ADMIN);

    private ApiKeyScopes() {
    }
}
