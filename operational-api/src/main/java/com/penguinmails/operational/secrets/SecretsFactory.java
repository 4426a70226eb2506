package com.penguinmails.operational.secrets;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code secrets} configuration section: the master keys secrets are sealed under. Key material comes from the
 * environment ({@code key: ${OPERATIONAL_MASTER_KEY}}), base64 of at least 32 random bytes. To rotate, add the new key,
 * make it active, and keep the old one listed until nothing sealed under it remains.
 *
 * <pre>
 * secrets:
 *   activeKeyId: k2
 *   masterKeys:
 *     - {id: k2, key: ${OPERATIONAL_MASTER_KEY}}
 *     - {id: k1, key: ${OPERATIONAL_MASTER_KEY_PREVIOUS}}
 * </pre>
 */
public class SecretsFactory {

    @NotBlank
    private String activeKeyId = "k1";

    @Valid
    @NotEmpty
    private List<MasterKeyFactory> masterKeys = new ArrayList<>();

    @JsonProperty
    public String getActiveKeyId() {
        return activeKeyId;
    }

    @JsonProperty
    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    @JsonProperty
    public List<MasterKeyFactory> getMasterKeys() {
        return masterKeys;
    }

    @JsonProperty
    public void setMasterKeys(List<MasterKeyFactory> masterKeys) {
        this.masterKeys = masterKeys;
    }

    /**
     * Builds the sealer.
     *
     * @throws IllegalArgumentException when a key is malformed or the active key is not listed
     */
    public SecretSealer build() {
        return new AesGcmSecretSealer(masterKeys.stream().map(MasterKeyFactory::build).toList(), activeKeyId);
    }
}
