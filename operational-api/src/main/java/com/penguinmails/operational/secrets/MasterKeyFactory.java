package com.penguinmails.operational.secrets;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** One entry of {@code secrets.masterKeys}: a key id and its base64 key material (never serialised back out). */
public class MasterKeyFactory {

    @NotBlank
    private String id;

    @NotBlank
    private String key;

    @JsonProperty
    public String getId() {
        return id;
    }

    @JsonProperty
    public void setId(String id) {
        this.id = id;
    }

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String getKey() {
        return key;
    }

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setKey(String key) {
        this.key = key;
    }

    /** Derives the key; see {@link MasterKey#fromBase64}. */
    public MasterKey build() {
        return MasterKey.fromBase64(id, key);
    }

    @Override
    public String toString() {
        return "MasterKeyFactory[id=" + id + "]";
    }
}
