package com.penguinmails.operational.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A stored alert rule, as the API answers it. Every field is set (defaults applied); {@code window} and
 * {@code cooldown} are ISO-8601 durations.
 *
 * @param id platform-wide unique id, {@code ar-<uuid>}: the key of its record on {@code control.alert-rules}
 * @param tenantId the organisation
 * @param workspaceId the workspace, or null for organisation-wide
 * @param channels notification channel ids, in the order given
 */
public record AlertRule(
        @JsonProperty("id") String id,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("workspace_id") @JsonInclude(JsonInclude.Include.ALWAYS) String workspaceId,
        @JsonProperty("name") String name,
        @JsonProperty("metric") String metric,
        @JsonProperty("scope") RuleScope scope,
        @JsonProperty("comparison") String comparison,
        @JsonProperty("threshold") double threshold,
        @JsonProperty("window") String window,
        @JsonProperty("min_volume") long minVolume,
        @JsonProperty("cooldown") String cooldown,
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("channels") List<String> channels,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public AlertRule {
        channels = List.copyOf(channels);
    }
}
