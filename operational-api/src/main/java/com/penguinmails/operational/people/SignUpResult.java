package com.penguinmails.operational.people;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /v1/signup}: the new organisation (whose id is the tenant id of everything it owns), its
 * default workspace and its owner. Sign in with {@code POST /v1/sessions} next.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignUpResult(String organisationId, String organisationName, String workspaceId, String workspaceName,
        String userId, String email) {
}
