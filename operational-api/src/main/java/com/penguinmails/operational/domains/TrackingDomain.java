package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A verified custom tracking domain and the tenant whose links it serves. */
public record TrackingDomain(@JsonProperty("domain") String domain, @JsonProperty("tenant_id") String tenantId) {
}
