package com.penguinmails.ingestion.sendingholds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The 403 answer of {@code POST /v1/events} when every valid event of the request was a {@code send} under a hold.
 *
 * @param code always {@code sending_suspended}
 * @param reason the hold's reason: {@code budget_cap} or {@code payment_overdue}
 * @param workspaceId the workspace held, or null when the whole organisation is
 * @param heldItems the 0-based positions of the refused items in the body
 */
public record SendingSuspended(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("reason") String reason,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("held_items") List<Integer> heldItems) {

    /** The {@code code} of this answer. */
    public static final String CODE = "sending_suspended";

    public SendingSuspended {
        heldItems = List.copyOf(heldItems);
    }

    /** The answer for {@code hold}, which refused the items at {@code heldItems}. */
    public static SendingSuspended of(SendingHold hold, List<Integer> heldItems) {
        return new SendingSuspended(CODE, hold.describe(), hold.reason(), hold.workspaceId(), heldItems);
    }
}
