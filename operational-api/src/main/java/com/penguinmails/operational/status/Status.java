package com.penguinmails.operational.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code GET /v1/status}.
 *
 * @param service the service name
 * @param schemaVersion the version of the last applied database migration, e.g. {@code "1"}
 */
public record Status(
    @JsonProperty("service") String service,
    @JsonProperty("schema_version") String schemaVersion) {
}
