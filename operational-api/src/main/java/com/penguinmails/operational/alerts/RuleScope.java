package com.penguinmails.operational.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which traffic an alert rule watches: a dimension ({@code kind}) and optionally one value of it.
 *
 * @param kind {@code tenant}, {@code campaign}, {@code sending_domain}, {@code mailbox}, {@code sending_ip} or
 *     {@code mailbox_provider}
 * @param value the one scope watched; null watches every scope of that kind, each on its own
 */
public record RuleScope(
        @JsonProperty("kind") String kind,
        @JsonProperty("value") @JsonInclude(JsonInclude.Include.ALWAYS) String value) {
}
