package com.penguinmails.operational.workspaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/workspaces} and {@code PATCH /v1/workspaces/{id}}. */
public record WorkspaceName(@NotBlank @Size(max = 200) String name) {
}
