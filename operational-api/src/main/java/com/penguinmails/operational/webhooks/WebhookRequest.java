package com.penguinmails.operational.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/webhooks} and {@code PUT /v1/webhooks/{id}}.
 *
 * @param url where to POST: {@code https://} and a public address ({@link WebhookTargetPolicy})
 * @param description a note for people; default empty
 * @param eventTypes what to send, at least one of {@link WebhookEventTypes#ALL}
 * @param workspaceId the workspace it belongs to, or null for the organisation
 * @param enabled default true; setting it true again re-enables an endpoint disabled after a 410
 */
public record WebhookRequest(
        @JsonProperty("url") String url,
        @JsonProperty("description") String description,
        @JsonProperty("event_types") List<String> eventTypes,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("enabled") Boolean enabled) {
}
