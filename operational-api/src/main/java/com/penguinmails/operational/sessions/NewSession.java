package com.penguinmails.operational.sessions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The answer of a successful sign-in. The token is shown only here; present it as {@code Authorization: Bearer <token>}.
 *
 * @param expiresAt the absolute end of the session; it also ends after {@code idleTimeoutSeconds} without use
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewSession(String sessionId, String token, String userId, String organisationId, Instant expiresAt,
        long idleTimeoutSeconds) {

    @Override
    public String toString() {
        return "NewSession[" + sessionId + "]";
    }
}
