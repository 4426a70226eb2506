package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The answer of {@code POST /v1/workspaces/{id}/invitations}. The token is shown only here (and sent to the invited
 * address); accept with {@code POST /v1/invitations/accept}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewInvitation(String id, String workspaceId, String email, String role, Instant expiresAt,
        String token) {

    @Override
    public String toString() {
        return "NewInvitation[" + id + "]";
    }
}
