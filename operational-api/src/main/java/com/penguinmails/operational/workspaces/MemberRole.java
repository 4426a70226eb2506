package com.penguinmails.operational.workspaces;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code PATCH /v1/workspaces/{id}/members/{user_id}}: the new role. */
public record MemberRole(
        @NotNull @Pattern(regexp = "owner|admin|member|viewer", message = "must be owner, admin, member or viewer")
        String role) {
}
