package com.penguinmails.operational.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test-secret";
    private static final String BODY = "{\"id\":\"dl-1\",\"type\":\"webhook.test\"}";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Computed independently: printf '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac 'whsec_test-secret'
        assertThat(WebhookSignature.header(SECRET, SIGNED_AT, BODY)).isEqualTo(
                "t=1700000000,v1=bde952349700d532c3f68bf4bfac7e81f0b2fe63fa828e8a718ae3f0999fd86b");
    }

    @Test
    void verifiesItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, SIGNED_AT, BODY);

        assertThat(WebhookSignature.verify(header, SECRET, BODY, SIGNED_AT.plusSeconds(299), Duration.ofMinutes(5)))
                .isTrue();
    }

    @Test
    void refusesAnotherBodySecretOrAnOldTimestamp() {
        String header = WebhookSignature.header(SECRET, SIGNED_AT, BODY);

        assertThat(WebhookSignature.verify(header, SECRET, BODY + " ", SIGNED_AT, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(header, "whsec_other", BODY, SIGNED_AT, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(header, SECRET, BODY, SIGNED_AT.plusSeconds(301), Duration.ofMinutes(5)))
                .isFalse();
        assertThat(WebhookSignature.verify("t=abc,v1=00", SECRET, BODY, SIGNED_AT, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(null, SECRET, BODY, SIGNED_AT, Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void acceptsAnyOfSeveralSignatures() {
        String valid = WebhookSignature.header(SECRET, SIGNED_AT, BODY);
        String header = "t=1700000000,v1=" + "0".repeat(64) + "," + valid.substring(valid.indexOf("v1="));

        assertThat(WebhookSignature.verify(header, SECRET, BODY, SIGNED_AT, Duration.ofMinutes(5))).isTrue();
    }
}
