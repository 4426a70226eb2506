package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A DKIM key as the API shows it: never the private key. */
public record DkimKeyView(
        @JsonProperty("selector") String selector,
        @JsonProperty("algorithm") String algorithm,
        @JsonProperty("bits") int bits,
        @JsonProperty("active") boolean active,
        @JsonProperty("public_key") String publicKey,
        @JsonProperty("created_at") Instant createdAt) {

    static DkimKeyView of(DkimKey key) {
        return new DkimKeyView(key.selector(), key.algorithm(), key.bits(), key.active(), key.publicKey(),
                key.createdAt());
    }
}
