package com.penguinmails.operational.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the delivery queue: claims due deliveries, attempts them in parallel through the transport of their kind, and
 * records each outcome: delivered; due again after the {@link RetrySchedule}'s wait; or parked with the reason once the
 * schedule is exhausted or the failure is permanent.
 */
public final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryQueue queue;
    private final Map<String, DeliveryTransport> transports;
    private final RetrySchedule schedule;
    private final int batchSize;
    private final Duration lease;
    private final ExecutorService executor;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * @param transports the transport of each delivery kind ({@link Delivery#WEBHOOK}, ...)
     * @param lease how long a claimed delivery stays invisible to other workers; longer than any attempt
     * @param random uniform numbers in [0, 1) for the retry jitter
     */
    public DeliveryWorker(DeliveryQueue queue, Map<String, DeliveryTransport> transports, RetrySchedule schedule,
            int batchSize, Duration lease, ExecutorService executor, Clock clock, DoubleSupplier random) {
        this.queue = queue;
        this.transports = Map.copyOf(transports);
        this.schedule = schedule;
        this.batchSize = batchSize;
        this.lease = lease;
        this.executor = executor;
        this.clock = clock;
        this.random = random;
    }

    /** Claims and attempts one batch of due deliveries; returns how many it attempted. */
    public int runOnce() {
        List<Delivery> claimed = queue.claimDue(batchSize, clock.instant(), lease);
        List<Future<?>> attempts = new ArrayList<>();
        for (Delivery delivery : claimed) {
            attempts.add(executor.submit(() -> attempt(delivery)));
        }
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (ExecutionException e) {
                LOG.warn("a delivery attempt could not be recorded (retried after its lease): {}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claimed.size();
            }
        }
        return claimed.size();
    }

    private void attempt(Delivery delivery) {
        DeliveryTransport transport = transports.get(delivery.kind());
        DeliveryResult result;
        if (transport == null) {
            result = DeliveryResult.giveUp(null, delivery.kind() + " notifications are not configured");
        } else {
            try {
                result = transport.attempt(delivery);
            } catch (RuntimeException e) {
                result = DeliveryResult.retry(null, e.toString());
            }
        }
        Instant now = clock.instant();
        if (result.delivered()) {
            queue.markDelivered(delivery.id(), delivery.attempts(), result.responseCode(), now);
            return;
        }
        Instant next = result.permanent() ? null
                : schedule.delayAfter(delivery.attempts(), random.getAsDouble()).map(now::plus).orElse(null);
        String error = next != null ? result.error()
                : "parked after " + delivery.attempts() + (delivery.attempts() == 1 ? " attempt: " : " attempts: ")
                        + result.error();
        queue.markFailed(delivery.id(), delivery.attempts(), result.responseCode(), error, next);
        LOG.info("{} delivery {} attempt {} failed ({}){}", delivery.kind(), delivery.id(), delivery.attempts(),
                result.error(), next == null ? ", parked" : ", next at " + next);
    }
}
