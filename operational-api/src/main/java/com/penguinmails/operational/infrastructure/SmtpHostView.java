package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** An SMTP host (host name and port) served by a server, as stored and as the API shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SmtpHostView(String id, String serverId, String hostname, int port, Instant createdAt) {
}
