package com.penguinmails.launcher.demo;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * A tenant of the local platform and the API key made for it when the platform started.
 *
 * <p>Keys are random on every start and reach the services only as hashes; {@link #toString()} never shows the key.
 *
 * @param tenantId the tenant
 * @param apiKey the secret, for the demo traffic and for a developer to call the APIs
 */
public record DemoTenant(String tenantId, String apiKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One tenant per id, each with a fresh random key ({@code pm_demo_} and 32 random URL-safe characters). */
    public static List<DemoTenant> withFreshKeys(List<String> tenantIds) {
        return tenantIds.stream().map(id -> new DemoTenant(id, freshKey())).toList();
    }

    private static String freshKey() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return "pm_demo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The hex SHA-256 of the key: the only form the services are configured with. */
    public String apiKeyHash() {
        return ApiKeyHasher.sha256Hex(apiKey);
    }

    @Override
    public String toString() {
        return "DemoTenant[" + tenantId + "]";
    }
}
