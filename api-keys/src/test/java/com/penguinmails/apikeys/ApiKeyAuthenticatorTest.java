package com.penguinmails.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {

    private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(new ConfiguredApiKeys(List.of(
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex("pm_acme_secret")),
            new ApiKeysFactory.ConfiguredKey("globex", ApiKeyHasher.sha256Hex("pm_globex_secret").toUpperCase()))));

    @Test
    void resolvesTheTenantOwningTheKey() {
        assertThat(authenticator.authenticate("pm_acme_secret")).contains(new TenantPrincipal("acme"));
        assertThat(authenticator.authenticate("pm_globex_secret")).contains(new TenantPrincipal("globex"));
    }

    @Test
    void rejectsUnknownBlankAndOversizedKeys() {
        assertThat(authenticator.authenticate("pm_acme_secreT")).isEmpty();
        assertThat(authenticator.authenticate("")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
        assertThat(authenticator.authenticate("x".repeat(ApiKeyAuthenticator.MAX_KEY_LENGTH + 1))).isEmpty();
    }

    @Test
    void hashIsHexSha256() {
        assertThat(ApiKeyHasher.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
