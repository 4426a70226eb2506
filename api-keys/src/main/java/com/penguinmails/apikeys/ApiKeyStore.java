package com.penguinmails.apikeys;

import java.util.Optional;

/**
 * Looks up the tenant that owns an API key, by the key's SHA-256 hash so that secrets are never stored in clear.
 *
 * <p>Keys come from a service's configuration ({@link ConfiguredApiKeys}) or are issued by the operational API
 * ({@link RemoteApiKeyStore}).
 */
public interface ApiKeyStore {

    /**
     * Returns the tenant owning the key with this hash, or empty when no active key has it.
     *
     * @param secretSha256Hex lower-case hex SHA-256 of the presented secret, as made by {@link ApiKeyHasher#sha256Hex}
     * @throws ApiKeyStoreUnavailableException if the store cannot answer now
     */
    Optional<TenantPrincipal> findBySecretHash(String secretSha256Hex);
}
