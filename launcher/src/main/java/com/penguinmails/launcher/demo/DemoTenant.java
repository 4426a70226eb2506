package com.penguinmails.launcher.demo;

/**
 * A tenant of the local platform: an organisation the launcher signed up through the operational API, and the API key
 * it issued for this run.
 *
 * <p>Keys are issued afresh on every start (the previous run's demo keys are revoked); {@link #toString()} never shows
 * the key.
 *
 * @param name the demo's name for the tenant, as the traffic generator knows it (e.g. {@code t-acme}); also the
 *     organisation's name
 * @param tenantId the organisation's id, which ingestion stamps on the tenant's events
 * @param apiKey the secret (scopes {@code events:write} and {@code analytics:read}), for the demo traffic and for a
 *     developer to call the APIs
 */
public record DemoTenant(String name, String tenantId, String apiKey) {

    @Override
    public String toString() {
        return "DemoTenant[" + name + " = " + tenantId + "]";
    }
}
