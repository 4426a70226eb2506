package com.penguinmails.operational.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks that a webhook body comes from Stripe: the {@code Stripe-Signature} header ({@code t=<unix time>,v1=<hex>})
 * must hold an HMAC-SHA256 of {@code t + "." + body} under the endpoint's signing secret, and {@code t} must be within
 * the tolerance of our clock, so a captured delivery cannot be replayed later. Uses stripe-java's
 * {@link Webhook#constructEvent}.
 */
public final class StripeEventVerifier {

    private final String secret;
    private final Duration tolerance;
    private final Clock clock;

    public StripeEventVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = secret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * The event in {@code payload}.
     *
     * @throws BadRequestException for a missing, tampered, wrongly keyed or stale signature, or a body that is not an
     *     event (the message says which, never the secret)
     */
    public Event verify(String payload, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new BadRequestException("missing Stripe-Signature header");
        }
        try {
            return Webhook.constructEvent(payload, signatureHeader, secret, tolerance.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw new BadRequestException("Stripe signature rejected: " + e.getMessage());
        } catch (RuntimeException e) {
            // Gson's parse failures: stripe-java reads the body only once the signature matched.
            throw new BadRequestException("the body is not a Stripe event");
        }
    }
}
