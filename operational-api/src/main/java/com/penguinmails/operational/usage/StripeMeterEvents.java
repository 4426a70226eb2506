package com.penguinmails.operational.usage;

import com.penguinmails.operational.notifications.RetrySchedule;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.billing.MeterEventCreateParams;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records usage reports as Stripe billing meter events ({@code POST /v1/billing/meter_events}: event name, payload
 * {@code stripe_customer_id} and {@code value}, {@code identifier}, {@code timestamp}), each exactly as the report has
 * it. Network failures, timeouts, 429 and 5xx answers are retried on a {@link RetrySchedule}; every attempt carries the
 * report's identifier both as the event's {@code identifier} (Stripe's own duplicate check) and as the
 * {@code Idempotency-Key}, so an attempt that reached Stripe before timing out is not counted again.
 */
public final class StripeMeterEvents {

    private static final Logger LOG = LoggerFactory.getLogger(StripeMeterEvents.class);

    private final StripeClient client;
    private final RetrySchedule retry;
    private final Sleeper sleeper;

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param client the Stripe client (its own network retries, if any, reuse the same idempotency key)
     * @param retry the attempts per report and the waits between them
     */
    public StripeMeterEvents(StripeClient client, RetrySchedule retry, Sleeper sleeper) {
        this.client = client;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /**
     * Records {@code report}, retrying what may succeed later.
     *
     * @throws MeterEventFailure when every attempt failed or Stripe refused the event (4xx other than 429)
     */
    public void record(MeterEventReport report) throws MeterEventFailure {
        MeterEventCreateParams params = MeterEventCreateParams.builder()
                .setEventName(report.eventName())
                .putPayload("stripe_customer_id", report.stripeCustomerId())
                .putPayload("value", Long.toString(report.value()))
                .setIdentifier(report.identifier())
                .setTimestamp(report.timestamp().getEpochSecond())
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(report.identifier()).build();
        for (int attempt = 1; ; attempt++) {
            MeterEventFailure failure;
            try {
                client.v1().billing().meterEvents().create(params, options);
                return;
            } catch (ApiConnectionException e) {
                failure = new MeterEventFailure("Stripe unreachable or timed out: " + e.getMessage(), true, e);
            } catch (StripeException e) {
                Integer status = e.getStatusCode();
                boolean retryable = status == null || status == 429 || status >= 500;
                String message = e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage();
                failure = new MeterEventFailure("Stripe answered " + status + " (" + e.getCode() + "): " + message,
                        retryable, e);
            }
            Optional<Duration> wait = failure.retryable() ? retry.delayAfter(attempt, Math.random())
                    : Optional.empty();
            if (wait.isEmpty()) {
                throw failure;
            }
            LOG.warn("meter event {}: attempt {} failed ({}); retrying", report.identifier(), attempt,
                    failure.getMessage());
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MeterEventFailure("interrupted while waiting to retry", true, e);
            }
        }
    }
}
