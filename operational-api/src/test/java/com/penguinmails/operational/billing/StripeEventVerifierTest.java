package com.penguinmails.operational.billing;

import com.penguinmails.operational.webhooks.WebhookSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.model.Event;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StripeEventVerifierTest {

    private static final String SECRET = "whsec_unit_test_secret";
    private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");
    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\","
            + "\"created\":1795000000,\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\"}}}";

    private final StripeEventVerifier verifier = new StripeEventVerifier(SECRET, Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsABodySignedWithTheSecretJustNow() {
        Event event = verifier.verify(PAYLOAD, WebhookSignature.header(SECRET, NOW.minusSeconds(10), PAYLOAD));

        assertThat(event.getId()).isEqualTo("evt_1");
        assertThat(event.getType()).isEqualTo("invoice.paid");
    }

    @Test
    void rejectsATamperedBody() {
        String header = WebhookSignature.header(SECRET, NOW, PAYLOAD);
        String tampered = PAYLOAD.replace("invoice.paid", "invoice.payment_failed");

        assertThatThrownBy(() -> verifier.verify(tampered, header)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        String header = WebhookSignature.header("whsec_someone_else", NOW, PAYLOAD);

        assertThatThrownBy(() -> verifier.verify(PAYLOAD, header)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void rejectsAStaleTimestampEvenWithAValidSignature() {
        // A captured delivery replayed six minutes later: the signature is right but too old.
        String header = WebhookSignature.header(SECRET, NOW.minus(Duration.ofMinutes(6)), PAYLOAD);

        assertThatThrownBy(() -> verifier.verify(PAYLOAD, header)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("tolerance");
    }

    @Test
    void acceptsTheSameDeliveryAgainWithinTheTolerance() {
        // Signature checks cannot tell a redelivery from a replay inside the window: the event-id table does that.
        String header = WebhookSignature.header(SECRET, NOW.minus(Duration.ofMinutes(4)), PAYLOAD);

        assertThat(verifier.verify(PAYLOAD, header).getId()).isEqualTo(verifier.verify(PAYLOAD, header).getId());
    }

    @Test
    void rejectsAMissingOrMalformedHeader() {
        assertThatThrownBy(() -> verifier.verify(PAYLOAD, null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> verifier.verify(PAYLOAD, "v1=abc")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void rejectsASignedBodyThatIsNotJson() {
        String body = "not json at all";

        assertThatThrownBy(() -> verifier.verify(body, WebhookSignature.header(SECRET, NOW, body)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not a Stripe event");
    }
}
