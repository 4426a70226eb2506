package com.penguinmails.operational.twofactor;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /v1/me/totp/confirm}: the current code of the seed being set up. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TotpCode(@NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
}
