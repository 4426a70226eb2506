package com.penguinmails.operational.workspaces;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A workspace of an organisation, as stored and as answered. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Workspace(String id, String organisationId, String name, Instant createdAt) {
}
