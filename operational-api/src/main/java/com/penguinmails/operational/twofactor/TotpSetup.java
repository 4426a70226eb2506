package com.penguinmails.operational.twofactor;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /v1/me/totp}: the new seed to put in an authenticator app (base32, or as an
 * {@code otpauth://} URI for a QR code). Shown once; two-factor is on only after a code is confirmed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TotpSetup(String secret, String otpauthUri, String algorithm, int digits, int period) {

    @Override
    public String toString() {
        return "TotpSetup[]";
    }
}
