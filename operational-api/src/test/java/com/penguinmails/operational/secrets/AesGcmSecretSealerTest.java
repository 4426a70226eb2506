package com.penguinmails.operational.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_2 = Base64.getEncoder().encodeToString(
            "fedcba9876543210fedcba9876543210-second".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] SECRET = "-----BEGIN PRIVATE KEY----- not really".getBytes(StandardCharsets.UTF_8);

    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(
            List.of(MasterKey.fromBase64("k1", KEY_1)), "k1");

    @Test
    void opensWhatItSealed() {
        byte[] sealed = sealer.seal(SECRET, "dkim:d-1");

        assertThat(sealer.open(sealed, "dkim:d-1")).isEqualTo(SECRET);
    }

    @Test
    void sealedFormStartsWithVersionAndKeyIdAndHidesThePlaintext() {
        byte[] sealed = sealer.seal(SECRET, "dkim:d-1");

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed[1]).isEqualTo((byte) 2);
        assertThat(new String(sealed, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k1");
        assertThat(sealed).hasSize(4 + 12 + SECRET.length + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE");
    }

    @Test
    void sealingTwiceUsesFreshNonces() {
        assertThat(sealer.seal(SECRET, "c")).isNotEqualTo(sealer.seal(SECRET, "c"));
    }

    @Test
    void refusesEveryTamperedByte() {
        byte[] sealed = sealer.seal(SECRET, "dkim:d-1");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> sealer.open(tampered, "dkim:d-1"))
                    .as("byte %d flipped", i)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesATruncatedValue() {
        byte[] sealed = sealer.seal(SECRET, "c");
        byte[] truncated = java.util.Arrays.copyOf(sealed, 4 + 12 + 10);

        assertThatThrownBy(() -> sealer.open(truncated, "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnotherContext() {
        byte[] sealed = sealer.seal(SECRET, "dkim:d-1");

        assertThatThrownBy(() -> sealer.open(sealed, "dkim:d-2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("context");
    }

    @Test
    void refusesAnUnknownKeyId() {
        AesGcmSecretSealer other = new AesGcmSecretSealer(List.of(MasterKey.fromBase64("k9", KEY_1)), "k9");
        byte[] sealed = other.seal(SECRET, "c");

        assertThatThrownBy(() -> sealer.open(sealed, "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown master key id k9");
    }

    @Test
    void opensValuesSealedUnderARetiredKeyAfterRotation() {
        byte[] sealedBefore = sealer.seal(SECRET, "c");
        AesGcmSecretSealer rotated = new AesGcmSecretSealer(
                List.of(MasterKey.fromBase64("k2", KEY_2), MasterKey.fromBase64("k1", KEY_1)), "k2");

        byte[] sealedAfter = rotated.seal(SECRET, "c");

        assertThat(rotated.open(sealedBefore, "c")).isEqualTo(SECRET);
        assertThat(new String(sealedAfter, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k2");
        assertThatThrownBy(() -> sealer.open(sealedAfter, "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentKeyMaterialUnderTheSameIdDoesNotOpen() {
        AesGcmSecretSealer impostor = new AesGcmSecretSealer(List.of(MasterKey.fromBase64("k1", KEY_2)), "k1");

        assertThatThrownBy(() -> impostor.open(sealer.seal(SECRET, "c"), "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesShortOrMalformedKeyMaterialWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

        assertThatThrownBy(() -> MasterKey.fromBase64("k1", shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> MasterKey.fromBase64("k1", "${OPERATIONAL_MASTER_KEY}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid base64")
                .hasMessageNotContaining("OPERATIONAL_MASTER_KEY");
        assertThatThrownBy(() -> MasterKey.fromBase64("bad id", KEY_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnActiveKeyThatIsNotListedAndDuplicateIds() {
        MasterKey key = MasterKey.fromBase64("k1", KEY_1);

        assertThatThrownBy(() -> new AesGcmSecretSealer(List.of(key), "k2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AesGcmSecretSealer(List.of(key, MasterKey.fromBase64("k1", KEY_2)), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsKeyMaterialInToString() {
        MasterKeyFactory factory = new MasterKeyFactory();
        factory.setId("k1");
        factory.setKey(KEY_1);

        assertThat(factory.toString()).doesNotContain(KEY_1);
        assertThat(factory.build().toString()).isEqualTo("MasterKey[id=k1]");
    }
}
