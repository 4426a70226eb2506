package com.penguinmails.operational.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A customer's webhook endpoint as the API shows it. The signing secret appears only in the answer that creates the
 * endpoint ({@code secret}); it is absent everywhere else.
 *
 * @param id {@code wh-<uuid>}
 * @param eventTypes the subscribed types ({@link WebhookEventTypes})
 * @param enabled false after the receiver answered 410 Gone, or when switched off
 * @param disabledReason why it was disabled automatically, if it was
 * @param secret the signing secret, only when just created
 */
public record WebhookEndpoint(
        @JsonProperty("id") String id,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("workspace_id") @JsonInclude(JsonInclude.Include.ALWAYS) String workspaceId,
        @JsonProperty("url") String url,
        @JsonProperty("description") String description,
        @JsonProperty("event_types") List<String> eventTypes,
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("disabled_reason") @JsonInclude(JsonInclude.Include.ALWAYS) String disabledReason,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("secret") @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    public WebhookEndpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    /** This endpoint showing its just-created secret. */
    public WebhookEndpoint withSecret(String newSecret) {
        return new WebhookEndpoint(id, tenantId, workspaceId, url, description, eventTypes, enabled, disabledReason,
                createdAt, updatedAt, newSecret);
    }
}
