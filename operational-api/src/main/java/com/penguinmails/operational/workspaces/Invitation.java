package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** An invitation to a workspace, without its token. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Invitation(String id, String organisationId, String workspaceId, String email, String role,
        String invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt) {
}
