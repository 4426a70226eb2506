package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/invitations/accept}: the invitation token and, for someone without an account, the
 * password (and name) of the account to create; someone with an account signs in and sends only the token.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AcceptInvitation(@NotBlank @Size(max = 100) String token, @Size(max = 256) String password,
        @Size(max = 200) String displayName) {

    @Override
    public String toString() {
        return "AcceptInvitation[]";
    }
}
