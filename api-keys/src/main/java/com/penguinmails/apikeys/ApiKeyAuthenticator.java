package com.penguinmails.apikeys;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/** Authenticates a Bearer API key by the hash of its secret. */
public final class ApiKeyAuthenticator implements Authenticator<String, TenantPrincipal> {

    /** Longer credentials are refused before hashing, so an oversized header costs nothing. */
    static final int MAX_KEY_LENGTH = 256;

    private final ApiKeyStore store;

    public ApiKeyAuthenticator(ApiKeyStore store) {
        this.store = store;
    }

    @Override
    public Optional<TenantPrincipal> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return store.findBySecretHash(ApiKeyHasher.sha256Hex(secret));
    }
}
