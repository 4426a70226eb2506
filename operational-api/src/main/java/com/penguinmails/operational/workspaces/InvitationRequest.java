package com.penguinmails.operational.workspaces;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/workspaces/{id}/invitations}: who to invite, with which role. */
public record InvitationRequest(
        @NotBlank @Email @Size(max = 320) String email,
        @NotNull @Pattern(regexp = "owner|admin|member|viewer", message = "must be owner, admin, member or viewer")
        String role) {
}
