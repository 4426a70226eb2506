package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /v1/workspaces/{workspaceId}/domains}.
 *
 * @param name the sending domain (a subdomain is fine), e.g. {@code send.acme.io}
 * @param bounceDomain the VERP bounce domain, a subdomain of {@code name}; default {@code bounces.<name>}
 * @param trackingDomain the custom tracking domain, a subdomain of {@code name}, or null for none
 * @param dkimKeyBits the RSA key length: 1024, 2048 (default) or 4096
 */
public record CreateDomainRequest(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("bounce_domain") String bounceDomain,
        @JsonProperty("tracking_domain") String trackingDomain,
        @JsonProperty("dkim_key_bits") Integer dkimKeyBits) {
}
