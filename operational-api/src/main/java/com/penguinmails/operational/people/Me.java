package com.penguinmails.operational.people;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * The answer of {@code GET /v1/me}: the signed-in person, their organisation and roles.
 *
 * @param organisationRole the organisation-wide role ({@code owner}, {@code admin}, {@code member}, {@code viewer}),
 *     or null
 * @param workspaceRoles roles in single workspaces, by workspace id
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Me(String userId, String email, String displayName, boolean totpEnabled, Instant createdAt,
        String organisationId, String organisationName, String organisationRole, Map<String, String> workspaceRoles) {
}
