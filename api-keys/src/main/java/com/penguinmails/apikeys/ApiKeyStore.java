package com.penguinmails.apikeys;

import java.util.Optional;

/**
 * Looks up the tenant that owns an API key, by the key's SHA-256 hash so that secrets are never stored in clear.
 *
 * <p>The foundation reads keys from configuration ({@link ConfiguredApiKeys}); the operational API will provide a store
 * backed by the keys it issues.
 */
public interface ApiKeyStore {

    /**
     * Returns the tenant owning the key with this hash, or empty when no active key has it.
     *
     * @param secretSha256Hex lower-case hex SHA-256 of the presented secret, as made by {@link ApiKeyHasher#sha256Hex}
     */
    Optional<TenantPrincipal> findBySecretHash(String secretSha256Hex);
}
