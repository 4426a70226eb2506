package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A mailbox as stored and as the API shows it (never with a password).
 *
 * @param mailuState {@code active} or {@code deleted}
 * @param dailyLimit sends per day allowed by the warm-up schedule, or null when none is set
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MailboxView(String id, String workspaceId, String address, String domain, String smtpHostId,
        String displayName, long quotaBytes, String mailuState, Integer dailyLimit, Instant createdAt,
        Instant updatedAt, Instant deletedAt) {
}
