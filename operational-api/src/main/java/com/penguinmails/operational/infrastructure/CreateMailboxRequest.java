package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /v1/workspaces/{workspaceId}/mailboxes}: the address (its domain must be one of the workspace's
 * sending domains), an optional display name, quota (bytes; the configured default when left out) and SMTP host.
 */
public record CreateMailboxRequest(
        @NotBlank @Size(max = 254) String address,
        @JsonProperty("display_name") @Size(max = 200) String displayName,
        @JsonProperty("quota_bytes") @Min(0) Long quotaBytes,
        @JsonProperty("smtp_host_id") String smtpHostId) {
}
