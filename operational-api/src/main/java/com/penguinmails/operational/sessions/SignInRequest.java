package com.penguinmails.operational.sessions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/sessions}.
 *
 * @param email who signs in
 * @param password their password
 * @param totpCode the current 6-digit code, when two-factor is on
 * @param backupCode one unused backup code instead of {@code totpCode}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignInRequest(
        @NotBlank @Size(max = 320) String email,
        @NotNull @Size(max = 256) String password,
        @Size(max = 16) String totpCode,
        @Size(max = 32) String backupCode) {

    @Override
    public String toString() {
        return "SignInRequest[]";
    }
}
