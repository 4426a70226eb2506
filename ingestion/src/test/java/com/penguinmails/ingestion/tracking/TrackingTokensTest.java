package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingTokensTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static final TrackingToken CLICK = new TrackingToken(Purpose.CLICK, "acme", "m-1", "c-1", "A", 2, "ct-9", 3,
            "https://acme.io/pricing?utm_source=mail&x=é", false);

    private final TrackingTokens tokens = new TrackingTokens(keyring("k1", Set.of()));

    static TrackingKeyring keyring(String activeKeyId, Set<String> retired) {
        return new TrackingKeyring(TrackingKeyringTest.MASTER, List.of(
                new TenantKeyIds("acme", activeKeyId, retired), new TenantKeyIds("globex", "k1", Set.of())));
    }

    @Test
    void roundTripsEveryField() {
        TrackingToken open = new TrackingToken(Purpose.OPEN, "acme", "m-1", null, null, null, null, null, null, false);
        TrackingToken honeypot = CLICK.with(Purpose.CLICK, null, null, true);

        assertThat(tokens.verify(tokens.sign(CLICK))).contains(CLICK);
        assertThat(tokens.verify(tokens.sign(open))).contains(open);
        assertThat(tokens.verify(tokens.sign(honeypot))).contains(honeypot);
    }

    @Test
    void isCompactAndUrlSafe() {
        TrackingToken open = new TrackingToken(Purpose.OPEN, "acme", "m-1", "c-1", "A", 1, "ct-9", null, null, false);

        String token = tokens.sign(open);

        assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThan(60);
    }

    @Test
    void flippingAnyBitOfAnyByteIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(tokens.sign(CLICK));
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = bytes.clone();
                tampered[i] ^= (byte) (1 << bit);
                String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
                assertThat(tokens.verify(encoded)).as("byte %d bit %d", i, bit).isEmpty();
            }
        }
    }

    @Test
    void changingAnyCharacterIsRefused() {
        String token = tokens.sign(CLICK);
        for (int i = 0; i < token.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != token.charAt(i)) {
                    String tampered = token.substring(0, i) + c + token.substring(i + 1);
                    assertThat(tokens.verify(tampered)).as("char %d -> %s", i, c).isEmpty();
                }
            }
        }
    }

    @Test
    void truncatedOrExtendedTokensAreRefused() {
        String token = tokens.sign(CLICK);
        for (int length = 0; length < token.length(); length++) {
            assertThat(tokens.verify(token.substring(0, length))).isEmpty();
        }
        assertThat(tokens.verify(token + "A")).isEmpty();
        assertThat(tokens.verify(token + "AAAA")).isEmpty();
        assertThat(tokens.verify(token + "=")).isEmpty();
    }

    @Test
    void onlyTheCanonicalSpellingOfTheBytesIsAccepted() {
        for (String path : List.of("/p", "/pa", "/pat")) {
            TrackingToken click = new TrackingToken(Purpose.CLICK, "acme", "m-1", null, null, null, null, null,
                    "https://acme.io" + path, false);
            String token = tokens.sign(click);
            assertThat(tokens.verify(token)).contains(click);
            assertThat(tokens.verify(token + "=")).isEmpty();
            int unusedBits = switch (token.length() % 4) {
                case 2 -> 4;
                case 3 -> 2;
                default -> 0;
            };
            int last = ALPHABET.indexOf(token.charAt(token.length() - 1));
            for (int bit = 0; bit < unusedBits; bit++) {
                String other = token.substring(0, token.length() - 1) + ALPHABET.charAt(last ^ (1 << bit));
                assertThat(Base64.getUrlDecoder().decode(other)).isEqualTo(Base64.getUrlDecoder().decode(token));
                assertThat(tokens.verify(other)).as("%s with unused bit %d set", token, bit).isEmpty();
            }
        }
    }

    @Test
    void garbageNeverThrows() {
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("not a token at all")).isEmpty();
        assertThat(tokens.verify("%%%")).isEmpty();
        assertThat(tokens.verify("A".repeat(TrackingTokens.MAX_TOKEN_CHARS + 4))).isEmpty();
        assertThat(tokens.verify("_".repeat(400))).isEmpty();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] noise = new byte[1 + random.nextInt(120)];
            random.nextBytes(noise);
            noise[0] = 1;
            assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(noise))).isEmpty();
        }
    }

    @Test
    void anotherVersionIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(tokens.sign(CLICK));
        bytes[0] = 2;

        assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isEmpty();
    }

    @Test
    void afterARotationOldLinksVerifyUntilTheirKeyIdIsRemoved() {
        String signedWithK1 = tokens.sign(CLICK);
        TrackingTokens rotated = new TrackingTokens(keyring("k2", Set.of("k1")));
        TrackingTokens k1Removed = new TrackingTokens(keyring("k2", Set.of()));

        String signedWithK2 = rotated.sign(CLICK);

        assertThat(signedWithK2).isNotEqualTo(signedWithK1);
        assertThat(rotated.verify(signedWithK1)).contains(CLICK);
        assertThat(rotated.verify(signedWithK2)).contains(CLICK);
        assertThat(k1Removed.verify(signedWithK1)).isEmpty();
        assertThat(k1Removed.verify(signedWithK2)).contains(CLICK);
        assertThat(tokens.verify(signedWithK2)).as("unknown key id k2").isEmpty();
    }

    @Test
    void anotherTenantsKeyOrAnotherMasterSecretIsRefused() {
        TrackingToken globexClaim = new TrackingToken(Purpose.CLICK, "globex", "m-1", "c-1", "A", 2, "ct-9", 3,
                "https://evil.example/", false);
        String globexToken = tokens.sign(globexClaim);
        // Re-label globex's signed bytes as acme's: the MAC was made with globex's key, so acme's key refuses it.
        String relabelled = tokens.sign(new TrackingToken(Purpose.CLICK, "acme", "m-1", "c-1", "A", 2, "ct-9", 3,
                "https://evil.example/", false)).substring(0, 10) + globexToken.substring(10);
        TrackingTokens otherMaster = new TrackingTokens(new TrackingKeyring(
                "fedcba9876543210fedcba9876543210".getBytes(), List.of(new TenantKeyIds("acme", "k1", Set.of()))));

        assertThat(tokens.verify(globexToken)).contains(globexClaim);
        assertThat(tokens.verify(relabelled)).isEmpty();
        assertThat(otherMaster.verify(tokens.sign(CLICK))).isEmpty();
        assertThat(new TrackingTokens(new TrackingKeyring(TrackingKeyringTest.MASTER, List.of())).verify(tokens.sign(CLICK)))
                .as("unknown tenant").isEmpty();
    }

    @Test
    void signingForAnUnknownTenantOrAnOversizeFieldFails() {
        TrackingToken unknown = new TrackingToken(Purpose.OPEN, "initech", "m-1", null, null, null, null, null, null, false);

        assertThatThrownBy(() -> tokens.sign(unknown)).hasMessageContaining("initech has no tracking keys");
        assertThatThrownBy(() -> tokens.sign(CLICK.with(Purpose.CLICK, 0, "https://a.io/" + "x".repeat(3000), false)))
                .hasMessageContaining("longer than");
    }
}
