package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The answer of an accepted invitation: who now has which role where. A new account signs in next. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvitationAccepted(String userId, String email, String organisationId, String workspaceId, String role,
        boolean accountCreated) {
}
