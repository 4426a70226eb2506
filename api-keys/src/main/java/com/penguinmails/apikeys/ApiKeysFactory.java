package com.penguinmails.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.core.setup.Environment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Configuration of API-key authentication: either keys issued by the operational API ({@code remote}), or key hashes
 * configured here with their tenant ({@code keys}; for tests and standalone use).
 *
 * <p>Only SHA-256 hashes of configured secrets are written down (make one with {@link ApiKeyHasher#main}); a
 * configured key holds the scopes listed, or every scope. When {@code remote} is set, the configured keys are ignored.
 * Resources then take {@code @Auth TenantPrincipal tenant}.
 */
public class ApiKeysFactory {

    /** One configured key: its owner, the hex SHA-256 of its secret, and its scopes (null: every scope). */
    public record ConfiguredKey(
            @JsonProperty("tenantId") @NotBlank String tenantId,
            @JsonProperty("sha256") @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
            @JsonProperty("scopes") Set<String> scopes) {

        /** A key holding every scope. */
        public ConfiguredKey(String tenantId, String sha256) {
            this(tenantId, sha256, null);
        }
    }

    @Valid
    @NotNull
    private List<ConfiguredKey> keys = new ArrayList<>();

    @JsonProperty
    public List<ConfiguredKey> getKeys() {
        return keys;
    }

    @JsonProperty
    public void setKeys(List<ConfiguredKey> keys) {
        this.keys = keys;
    }

    @Valid
    private RemoteApiKeysFactory remote;

    /** Validation by the operational API; when set, replaces the configured keys. */
    @JsonProperty
    public RemoteApiKeysFactory getRemote() {
        return remote;
    }

    @JsonProperty
    public void setRemote(RemoteApiKeysFactory remote) {
        this.remote = remote;
    }

    /** Returns the store of the remote keys when configured, else of the configured keys. */
    public ApiKeyStore buildStore() {
        return remote != null ? remote.build() : new ConfiguredApiKeys(keys);
    }

    /**
     * Registers Bearer API-key authentication for every {@code @Auth} resource method, and refuses with 403 keys
     * without {@code requiredScope} (one of {@link ApiKeyScopes}).
     */
    public void registerAuth(Environment environment, String requiredScope) {
        registerAuth(environment, buildStore());
        environment.jersey().register(new RequiredScopeFilter(requiredScope));
    }

    /** Registers Bearer API-key authentication backed by {@code store}. */
    public static void registerAuth(Environment environment, ApiKeyStore store) {
        environment.jersey().register(authFeature(store));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class));
    }

    /** The Jersey feature that authenticates Bearer API keys against {@code store}. */
    public static AuthDynamicFeature authFeature(ApiKeyStore store) {
        return new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<TenantPrincipal>()
                .setAuthenticator(new ApiKeyAuthenticator(store))
                .setPrefix("Bearer")
                .setRealm("penguinmails")
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter());
    }
}
