package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingKeyringTest {

    static final byte[] MASTER = "0123456789abcdef0123456789abcdef".getBytes();

    private final TrackingKeyring keyring = new TrackingKeyring(MASTER, List.of(
            new TenantKeyIds("acme", "k2", Set.of("k1")),
            new TenantKeyIds("globex", "k1", Set.of())));

    @Test
    void knowsOnlyTheConfiguredTenants() {
        assertThat(keyring.knowsTenant("acme")).isTrue();
        assertThat(keyring.knowsTenant("initech")).isFalse();
        assertThat(keyring.knowsTenant(null)).isFalse();
        assertThat(keyring.tenants()).containsExactlyInAnyOrder("acme", "globex");
        assertThat(keyring.activeKeyId("acme")).contains("k2");
        assertThat(keyring.activeKeyId("initech")).isEmpty();
    }

    @Test
    void acceptsTheActiveAndRetiredKeyIdsOnly() {
        assertThat(keyring.key("acme", "k2")).isPresent();
        assertThat(keyring.key("acme", "k1")).isPresent();
        assertThat(keyring.key("acme", "k3")).isEmpty();
        assertThat(keyring.key("initech", "k1")).isEmpty();
        assertThat(keyring.key("acme", null)).isEmpty();
    }

    @Test
    void everyTenantAndKeyIdHasItsOwnKeyAndTheDerivationIsStable() {
        byte[] acmeK1 = keyring.key("acme", "k1").orElseThrow().secret().getEncoded();
        byte[] acmeK2 = keyring.key("acme", "k2").orElseThrow().secret().getEncoded();
        byte[] globexK1 = keyring.key("globex", "k1").orElseThrow().secret().getEncoded();
        TrackingKeyring again = new TrackingKeyring(MASTER, List.of(new TenantKeyIds("acme", "k1", Set.of())));
        TrackingKeyring otherMaster = new TrackingKeyring("fedcba9876543210fedcba9876543210".getBytes(),
                List.of(new TenantKeyIds("acme", "k1", Set.of())));

        assertThat(acmeK1).hasSize(32).isNotEqualTo(acmeK2).isNotEqualTo(globexK1);
        assertThat(again.key("acme", "k1").orElseThrow().secret().getEncoded()).isEqualTo(acmeK1);
        assertThat(otherMaster.key("acme", "k1").orElseThrow().secret().getEncoded()).isNotEqualTo(acmeK1);
    }

    @Test
    void tenantAndKeyIdBoundariesCannotBeShifted() {
        TrackingKeyring shifted = new TrackingKeyring(MASTER, List.of(
                new TenantKeyIds("acme1", "k", Set.of()), new TenantKeyIds("acme", "1k", Set.of())));

        assertThat(shifted.key("acme1", "k").orElseThrow().secret().getEncoded())
                .isNotEqualTo(shifted.key("acme", "1k").orElseThrow().secret().getEncoded());
    }

    @Test
    void refusesAShortMasterSecretOrBadKeyIds() {
        assertThatThrownBy(() -> new TrackingKeyring(new byte[31], List.of()))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new TenantKeyIds("acme", "key id with spaces", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingKeyring(MASTER, List.of(
                new TenantKeyIds("acme", "k1", Set.of()), new TenantKeyIds("acme", "k2", Set.of()))))
                .hasMessageContaining("listed twice");
    }

    @Test
    void decodesABase64MasterSecretWithoutEverEchoingIt() {
        String standard = Base64.getEncoder().encodeToString(MASTER);
        String tooShort = Base64.getEncoder().encodeToString(Arrays.copyOf(MASTER, 16));

        assertThat(TrackingKeyring.decodeMasterSecret(standard)).isEqualTo(MASTER);
        assertThat(TrackingKeyring.decodeMasterSecret(Base64.getUrlEncoder().encodeToString(MASTER))).isEqualTo(MASTER);
        assertThatThrownBy(() -> TrackingKeyring.decodeMasterSecret(tooShort))
                .hasMessageContaining("at least 32 bytes").hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> TrackingKeyring.decodeMasterSecret("not base64!"))
                .hasMessageNotContaining("not base64!");
    }

    @Test
    void neverShowsKeyMaterial() {
        TrackingKey key = keyring.key("acme", "k1").orElseThrow();

        assertThat(keyring.toString()).isEqualTo("TrackingKeyring[2 tenant(s)]");
        assertThat(key.toString()).isEqualTo("TrackingKey[id=k1]");
    }
}
