package com.penguinmails.apikeys;

import java.util.Optional;

/** Asks the authority that issued API keys whether a key is live, without caching. */
public interface ApiKeyValidator {

    /**
     * Returns what the key with this hash may do, or empty when no live key has it (unknown, revoked or expired).
     *
     * @param secretSha256Hex lower-case hex SHA-256 of the presented secret
     * @throws ApiKeyStoreUnavailableException if the authority cannot be asked or gives no definite answer
     */
    Optional<TenantPrincipal> validate(String secretSha256Hex);
}
