package com.penguinmails.operational.twofactor;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code DELETE /v1/me/totp}: proof it is really the person, by password, TOTP code or backup code (one is
 * enough).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TotpDisableRequest(@Size(max = 256) String password, @Size(max = 16) String totpCode,
        @Size(max = 32) String backupCode) {

    @Override
    public String toString() {
        return "TotpDisableRequest[]";
    }
}
