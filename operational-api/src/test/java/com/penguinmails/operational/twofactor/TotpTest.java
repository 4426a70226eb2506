package com.penguinmails.operational.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B: 8-digit codes for each time and hash function. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastDigitsOfTheRfcCodes() {
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDriftEitherSide() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeReplayedInItsWindow() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String code = Totp.code(SHA1_SEED, Totp.step(now));
        long used = Totp.verify(SHA1_SEED, code, now, Long.MIN_VALUE).orElseThrow();

        assertThat(Totp.verify(SHA1_SEED, code, now, used)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, code, now.plusSeconds(29), used)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, used - 1), now, used)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, used + 1), now.plusSeconds(30), used))
                .hasValue(used + 1);
    }

    @Test
    void refusesMalformedAndWrongCodes() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.verify(SHA1_SEED, "28708", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "28708a", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, null, now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify("another seed 1234567".getBytes(StandardCharsets.US_ASCII), "287082", now,
                Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void encodesSeedsInRfc4648Base32() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
