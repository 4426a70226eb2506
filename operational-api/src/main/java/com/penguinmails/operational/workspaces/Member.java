package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Someone with access to a workspace.
 *
 * @param role {@code owner}, {@code admin}, {@code member} or {@code viewer}
 * @param scope {@code workspace} for a role in this workspace (changeable here), {@code organisation} for an
 *     organisation-wide role (shown for completeness, not changeable here)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Member(String userId, String email, String displayName, String role, String scope) {
}
