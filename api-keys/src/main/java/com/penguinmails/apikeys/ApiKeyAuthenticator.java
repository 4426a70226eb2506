package com.penguinmails.apikeys;

import io.dropwizard.auth.Authenticator;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates a Bearer API key by the hash of its secret. When the store cannot answer, the request gets 503 with
 * {@code Retry-After}, never 401: the key may well be valid.
 */
public final class ApiKeyAuthenticator implements Authenticator<String, TenantPrincipal> {

    /** Longer credentials are refused before hashing, so an oversized header costs nothing. */
    static final int MAX_KEY_LENGTH = 256;

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyAuthenticator.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ApiKeyStore store;

    public ApiKeyAuthenticator(ApiKeyStore store) {
        this.store = store;
    }

    @Override
    public Optional<TenantPrincipal> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        try {
            return store.findBySecretHash(ApiKeyHasher.sha256Hex(secret));
        } catch (ApiKeyStoreUnavailableException e) {
            LOG.warn("API key validation unavailable: {}", e.getMessage());
            throw new ServiceUnavailableException(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("code", 503, "message", "API keys cannot be validated right now; retry later."))
                    .build());
        }
    }
}
