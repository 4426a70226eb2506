package com.penguinmails.operational.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    private final ApiKeySecrets secrets = new ApiKeySecrets("live");

    @Test
    void issuesPrefixedBase62KeysStoredOnlyAsTheirHash() {
        ApiKeySecrets.NewKey key = secrets.issue();

        assertThat(key.secret()).matches("pm_live_[A-Za-z0-9]{12}_[A-Za-z0-9]{43}");
        assertThat(key.prefix()).isEqualTo("pm_live_" + key.id());
        assertThat(key.secret()).startsWith(key.prefix() + "_");
        assertThat(key.secretSha256()).isEqualTo(ApiKeyHasher.sha256Hex(key.secret()));
        assertThat(key.toString()).doesNotContain(key.secret().substring(21));
        assertThat(ApiKeySecrets.looksLikeKey(key.secret())).isTrue();
    }

    @Test
    void everyKeyIsDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(secrets.issue().secret())).isTrue();
        }
    }

    @Test
    void recognisesOnlyTheKeyShape() {
        assertThat(ApiKeySecrets.looksLikeKey("pms_sessiontoken")).isFalse();
        assertThat(ApiKeySecrets.looksLikeKey("pm_live_short_secret")).isFalse();
        assertThat(ApiKeySecrets.looksLikeKey("pm_test_AbCdEfGhIjKl_" + "x".repeat(43))).isTrue();
        assertThatThrownBy(() -> new ApiKeySecrets("Live!")).isInstanceOf(IllegalArgumentException.class);
    }
}
