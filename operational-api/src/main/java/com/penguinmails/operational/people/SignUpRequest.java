package com.penguinmails.operational.people;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/signup}.
 *
 * @param organisation the organisation's name
 * @param email the owner's email, which signs in
 * @param password the owner's password (checked against {@link PasswordPolicy})
 * @param displayName the owner's name as shown to colleagues, optional
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignUpRequest(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Email @Size(max = 320) String email,
        @NotNull String password,
        @Size(max = 200) String displayName) {

    @Override
    public String toString() {
        return "SignUpRequest[" + organisation + "]";
    }
}
