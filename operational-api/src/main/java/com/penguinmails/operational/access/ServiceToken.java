package com.penguinmails.operational.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One internal service allowed to call the service-to-service endpoints (key validation, tracking domains): its name
 * and the SHA-256 (hex) of the token it presents. The token itself is never configured here.
 */
public class ServiceToken {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
    private String name;

    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256")
    private String sha256;

    public ServiceToken() {
    }

    public ServiceToken(String name, String sha256) {
        this.name = name;
        this.sha256 = sha256;
    }

    @JsonProperty
    public String getName() {
        return name;
    }

    @JsonProperty
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty
    public String getSha256() {
        return sha256;
    }

    @JsonProperty
    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }
}
