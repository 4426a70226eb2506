package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/notification-channels} and {@code PUT /v1/notification-channels/{id}}; see
 * {@link NotificationChannel}. Only the field of the channel's type may be set.
 */
public record NotificationChannelRequest(
        @JsonProperty("name") String name,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("type") String type,
        @JsonProperty("webhook_id") String webhookId,
        @JsonProperty("email_addresses") List<String> emailAddresses,
        @JsonProperty("phone_numbers") List<String> phoneNumbers,
        @JsonProperty("health_alerts") Boolean healthAlerts) {
}
