package com.penguinmails.operational.sessions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One live session of the signed-in person, as {@code GET /v1/sessions} lists it (never its token).
 *
 * @param current whether the request was made with this session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionView(String id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String sourceAddress,
        String userAgent, boolean current) {
}
