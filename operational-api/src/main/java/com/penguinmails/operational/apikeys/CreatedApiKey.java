package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of creating or rotating a key: the key, and its secret, which is shown this once and never again.
 *
 * @param key the key as lists show it
 * @param secret the whole key, to send as {@code Authorization: Bearer <secret>}
 */
public record CreatedApiKey(@JsonProperty("api_key") ApiKey key, @JsonProperty("secret") String secret) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + key.prefix() + "]";
    }
}
