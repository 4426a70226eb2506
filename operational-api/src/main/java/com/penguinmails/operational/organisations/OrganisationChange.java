package com.penguinmails.operational.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /v1/organisation}. */
public record OrganisationChange(@NotBlank @Size(max = 200) String name) {
}
