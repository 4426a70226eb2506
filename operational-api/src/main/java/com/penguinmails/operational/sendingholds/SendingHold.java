package com.penguinmails.operational.sendingholds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One hold in place: sending is stopped for a whole organisation ({@code workspaceId} null) or one of its workspaces.
 *
 * @param tenantId the organisation
 * @param workspaceId the workspace held, or null when the whole organisation is
 * @param reason why, in the wire form of {@link HoldReason} ({@code payment_overdue}, {@code budget_cap})
 * @param detail why, in words for the organisation's people
 * @param placedAt when it was placed (UTC)
 */
public record SendingHold(
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("reason") String reason,
        @JsonProperty("detail") String detail,
        @JsonProperty("placed_at") Instant placedAt) {

    public SendingHold {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    /** The wire and database form of {@code reason}: {@code budget_cap}, {@code payment_overdue}. */
    public static String wireName(HoldReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
