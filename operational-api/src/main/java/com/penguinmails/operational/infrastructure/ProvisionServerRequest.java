package com.penguinmails.operational.infrastructure;

import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /v1/workspaces/{workspaceId}/servers}: which plan to order in which region (the platform's names
 * from the configuration); the provider defaults to the configured one.
 */
public record ProvisionServerRequest(@NotBlank String region, @NotBlank String plan, String provider) {
}
