package com.penguinmails.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Validates keys with the operational API: {@code POST <base>/internal/v1/api-keys/validate} with body
 * {@code {"secret_sha256": "<hex>"}}, authenticated by a service token. 200 carries the key's tenant, id, scopes and
 * rate limit; 404 means no live key has that hash; anything else (including 401/403 of a wrong service token, and
 * timeouts) is an {@link ApiKeyStoreUnavailableException}.
 */
public final class HttpApiKeyValidator implements ApiKeyValidator {

    /** The path of the validation endpoint under the operational API's base address. */
    public static final String VALIDATE_PATH = "/internal/v1/api-keys/validate";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final HttpClient http;
    private final URI endpoint;
    private final String serviceToken;
    private final Duration timeout;

    /**
     * @param operationalApi the operational API's base address, e.g. {@code http://127.0.0.1:8084}
     * @param serviceToken the token this service authenticates with (never logged)
     * @param timeout the longest one validation may take
     */
    public HttpApiKeyValidator(HttpClient http, URI operationalApi, String serviceToken, Duration timeout) {
        this.http = http;
        this.endpoint = URI.create(operationalApi.toString().replaceAll("/+$", "") + VALIDATE_PATH);
        this.serviceToken = serviceToken;
        this.timeout = timeout;
    }

    /** The answer for a live key. */
    record Validation(
            @JsonProperty("tenant_id") String tenantId,
            @JsonProperty("key_id") String keyId,
            @JsonProperty("scopes") List<String> scopes,
            @JsonProperty("rate_limit_per_second") Integer rateLimitPerSecond) {
    }

    @Override
    public Optional<TenantPrincipal> validate(String secretSha256Hex) {
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + serviceToken)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            JSON.writeValueAsBytes(Map.of("secret_sha256", secretSha256Hex))))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiKeyStoreUnavailableException("the operational API at " + endpoint + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiKeyStoreUnavailableException("interrupted while validating an API key", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ApiKeyStoreUnavailableException("the operational API answered key validation with HTTP "
                    + response.statusCode() + (response.statusCode() == 401 || response.statusCode() == 403
                            ? " (check this service's token)" : ""), null);
        }
        try {
            Validation validation = JSON.readValue(response.body(), Validation.class);
            return Optional.of(new TenantPrincipal(validation.tenantId(), Optional.ofNullable(validation.keyId()),
                    Optional.ofNullable(validation.scopes()).map(Set::copyOf).orElse(Set.of()),
                    validation.rateLimitPerSecond() == null ? OptionalInt.empty()
                            : OptionalInt.of(validation.rateLimitPerSecond())));
        } catch (IOException | RuntimeException e) {
            throw new ApiKeyStoreUnavailableException("the operational API's key validation answer is unreadable", e);
        }
    }
}
