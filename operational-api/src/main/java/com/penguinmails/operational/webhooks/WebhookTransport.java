package com.penguinmails.operational.webhooks;

import com.penguinmails.operational.notifications.Delivery;
import com.penguinmails.operational.notifications.DeliveryResult;
import com.penguinmails.operational.notifications.DeliveryTransport;
import com.penguinmails.operational.secrets.SecretSealer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivers to a webhook endpoint: POSTs the JSON payload with {@code PenguinMails-Signature},
 * {@code PenguinMails-Delivery-Id} and {@code PenguinMails-Event-Type} headers. A 2xx answer within the timeout is
 * success; 410 Gone disables the endpoint and parks the delivery; a deleted or disabled endpoint, or a URL the
 * {@link WebhookTargetPolicy} now refuses, parks it; anything else (other statuses, timeouts, connection errors) is
 * retried. Redirects are not followed.
 */
public final class WebhookTransport implements DeliveryTransport {

    /** The delivery id header. */
    public static final String DELIVERY_ID_HEADER = "PenguinMails-Delivery-Id";
    /** The event type header. */
    public static final String EVENT_TYPE_HEADER = "PenguinMails-Event-Type";

    private static final int MAX_BODY_IN_ERROR = 200;

    private final Jdbi jdbi;
    private final WebhookEndpointDao endpoints;
    private final SecretSealer sealer;
    private final WebhookTargetPolicy policy;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    /** @param http a client that does not follow redirects */
    public WebhookTransport(Jdbi jdbi, WebhookEndpointDao endpoints, SecretSealer sealer, WebhookTargetPolicy policy,
            HttpClient http, Duration timeout, Clock clock) {
        this.jdbi = jdbi;
        this.endpoints = endpoints;
        this.sealer = sealer;
        this.policy = policy;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public DeliveryResult attempt(Delivery delivery) {
        Optional<WebhookEndpointDao.SigningTarget> found = jdbi.withHandle(
                handle -> endpoints.signingTarget(handle, delivery.endpointId()));
        if (found.isEmpty()) {
            return DeliveryResult.giveUp(null, "the endpoint was deleted");
        }
        WebhookEndpointDao.SigningTarget target = found.get();
        if (!target.enabled() && !WebhookEventTypes.TEST.equals(delivery.eventType())) {
            return DeliveryResult.giveUp(null, "the endpoint is disabled");
        }
        Optional<String> refusal = policy.refusal(target.url());
        if (refusal.isPresent()) {
            return DeliveryResult.giveUp(null, refusal.get());
        }
        String secret = new String(sealer.open(target.sealedSecret(), WebhookSecrets.context(target.id())),
                StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "PenguinMails-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant(), delivery.payload()))
                .header(DELIVERY_ID_HEADER, delivery.id())
                .header(EVENT_TYPE_HEADER, delivery.eventType())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return DeliveryResult.retry(null, "no answer within " + timeout);
        } catch (IOException e) {
            return DeliveryResult.retry(null, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry(null, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(status);
        }
        String error = "HTTP " + status + answered(response.body());
        if (status == 410) {
            jdbi.useHandle(handle -> endpoints.disable(handle, target.id(),
                    "the receiver answered 410 Gone to delivery " + delivery.id(), clock.instant()));
            return DeliveryResult.giveUp(status, error + " (endpoint disabled)");
        }
        return DeliveryResult.retry(status, error);
    }

    private static String answered(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return ": " + (text.length() > MAX_BODY_IN_ERROR ? text.substring(0, MAX_BODY_IN_ERROR) + "..." : text);
    }
}
