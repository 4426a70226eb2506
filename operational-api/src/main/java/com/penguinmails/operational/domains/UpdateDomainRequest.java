package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code PATCH /v1/workspaces/{workspaceId}/domains/{domainId}}: a field left out stays as it is.
 *
 * @param bounceDomain a new bounce domain (a subdomain of the domain)
 * @param trackingDomain a new tracking domain (a subdomain of the domain), or {@code ""} to remove it
 */
public record UpdateDomainRequest(
        @JsonProperty("bounce_domain") String bounceDomain,
        @JsonProperty("tracking_domain") String trackingDomain) {
}
