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

/**
 * Configuration of API-key authentication: which key hashes belong to which tenant.
 *
 * <p>Only SHA-256 hashes of the secrets are configured (make one with {@link ApiKeyHasher#main}). Resources then take
 * {@code @Auth TenantPrincipal tenant}.
 */
public class ApiKeysFactory {

    /** One configured key: its owner and the hex SHA-256 of its secret. */
    public record ConfiguredKey(
            @JsonProperty("tenantId") @NotBlank String tenantId,
            @JsonProperty("sha256") @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256) {
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

    /** Returns the store of the configured keys. */
    public ApiKeyStore buildStore() {
        return new ConfiguredApiKeys(keys);
    }

    /** Registers Bearer API-key authentication with the configured keys for every {@code @Auth} resource method. */
    public void registerAuth(Environment environment) {
        registerAuth(environment, buildStore());
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
