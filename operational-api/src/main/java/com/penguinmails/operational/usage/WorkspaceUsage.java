package com.penguinmails.operational.usage;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Emails one workspace sent in the period.
 *
 * @param workspaceId the workspace, or {@code ""} for sends recorded without a workspace
 */
public record WorkspaceUsage(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("emails_sent") long emailsSent) {
}
