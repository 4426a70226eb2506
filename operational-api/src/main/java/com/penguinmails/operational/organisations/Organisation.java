package com.penguinmails.operational.organisations;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** An organisation (a row of {@code tenants}): its id is the tenant id of everything it owns. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Organisation(String id, String name, Instant createdAt) {
}
