package com.penguinmails.operational.billing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/billing/stripe/webhook}: Stripe's event deliveries. No bearer token: the {@code Stripe-Signature}
 * header authenticates the body (400 when it does not). Answers 200 with the outcome, also for events already
 * processed, so Stripe stops redelivering them.
 */
@Path("/v1/billing/stripe/webhook")
public final class StripeWebhookResource {

    private final StripeWebhooks webhooks;

    public StripeWebhookResource(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> receive(@HeaderParam("Stripe-Signature") String signature, String payload) {
        WebhookOutcome outcome = webhooks.receive(payload == null ? "" : payload, signature);
        return Map.of("outcome", outcome.name().toLowerCase(Locale.ROOT));
    }
}
