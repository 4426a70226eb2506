package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /internal/v1/api-keys/validate}: which key a service was presented, by hash only.
 *
 * @param secretSha256 lower-case hex SHA-256 of the presented key
 */
public record KeyValidationRequest(
        @JsonProperty("secret_sha256") @NotNull @Pattern(regexp = "[0-9a-f]{64}") String secretSha256) {
}
