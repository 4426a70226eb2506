package com.penguinmails.ingestion.sendingholds;

import java.util.Objects;

/**
 * A hold the operational API has in place: new {@code send} events of the organisation, or of one of its workspaces,
 * are refused.
 *
 * @param workspaceId the workspace held, or null when the whole organisation is
 * @param reason {@code budget_cap} or {@code payment_overdue}
 * @param detail why, in words for the sender
 */
public record SendingHold(String tenantId, String workspaceId, String reason, String detail) {

    public SendingHold {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether this hold covers a send of {@code tenantId} in {@code workspaceId} (null: none named). */
    public boolean covers(String tenantId, String workspaceId) {
        return this.tenantId.equals(tenantId) && (this.workspaceId == null || this.workspaceId.equals(workspaceId));
    }

    /** E.g. {@code sending is held for workspace ws-1 (budget_cap): the monthly budget ... is used up}. */
    public String describe() {
        return "sending is held for " + (workspaceId == null ? "the organisation" : "workspace " + workspaceId)
                + " (" + reason + "): " + detail;
    }
}
