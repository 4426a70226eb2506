package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Where alerts are sent: a webhook endpoint, a list of email addresses or a list of phone numbers (E.164).
 *
 * @param id {@code nc-<uuid>}
 * @param type {@code webhook}, {@code email} or {@code sms}
 * @param webhookId the endpoint of a webhook channel; null otherwise
 * @param emailAddresses the addresses of an email channel; empty otherwise
 * @param phoneNumbers the numbers of an SMS channel; empty otherwise
 * @param healthAlerts whether the channel also receives the auto-pause recommendations of the health stage
 */
public record NotificationChannel(
        @JsonProperty("id") String id,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("workspace_id") @JsonInclude(JsonInclude.Include.ALWAYS) String workspaceId,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("webhook_id") @JsonInclude(JsonInclude.Include.ALWAYS) String webhookId,
        @JsonProperty("email_addresses") List<String> emailAddresses,
        @JsonProperty("phone_numbers") List<String> phoneNumbers,
        @JsonProperty("health_alerts") boolean healthAlerts,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public NotificationChannel {
        emailAddresses = List.copyOf(emailAddresses);
        phoneNumbers = List.copyOf(phoneNumbers);
    }
}
