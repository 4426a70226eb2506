package com.penguinmails.operational.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/alert-rules} and {@code PUT /v1/alert-rules/{id}}: a whole rule, optional fields null.
 * {@link AlertRuleValidator} checks it with the stream job's rules (stream-jobs/ALERTS.md).
 *
 * @param name a label; defaults to the rule id
 * @param workspaceId the workspace the rule belongs to, or null for the whole organisation
 * @param metric e.g. {@code bounce_rate}
 * @param scope what it watches
 * @param comparison {@code above} (default) or {@code below}
 * @param threshold the limit; rates as fractions (0.05 = 5 %)
 * @param window ISO-8601 duration, whole minutes up to PT24H, whole hours up to P7D
 * @param minVolume the window's volume needed before the rule can fire; default 0
 * @param cooldown ISO-8601 duration after a resolve before the rule may fire again; default PT0S
 * @param enabled default true
 * @param channels ids of notification channels alerts of this rule go to; default none
 */
public record AlertRuleRequest(
        @JsonProperty("name") String name,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("metric") String metric,
        @JsonProperty("scope") RuleScope scope,
        @JsonProperty("comparison") String comparison,
        @JsonProperty("threshold") Double threshold,
        @JsonProperty("window") String window,
        @JsonProperty("min_volume") Long minVolume,
        @JsonProperty("cooldown") String cooldown,
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("channels") List<String> channels) {
}
