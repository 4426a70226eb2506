package com.penguinmails.launcher.demo;

import com.penguinmails.events.v1.Event;
import com.penguinmails.traffic.GeneratedEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds generated traffic into ingestion on a background thread, each tenant's events under its own API key.
 *
 * <p>Events are posted in batches per tenant, never faster than {@code maxEventsPerSecond} and never before they
 * happen: the generator may start in the past (history to look at right away), catches up at the rate limit and then
 * follows the wall clock.
 */
public final class DemoTrafficDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTrafficDriver.class);
    private static final int BATCH_SIZE = 500;
    private static final Duration MAX_BATCH_DELAY = Duration.ofMillis(250);

    private final Iterator<GeneratedEvent> events;
    private final EventPoster poster;
    private final Map<String, DemoTenant> tenants;
    private final double maxEventsPerSecond;
    private final Clock clock;
    private final AtomicLong accepted = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopping;

    public DemoTrafficDriver(Iterator<GeneratedEvent> events, EventPoster poster, List<DemoTenant> tenants,
            double maxEventsPerSecond, Clock clock) {
        this.events = events;
        this.poster = poster;
        this.tenants = new HashMap<>();
        tenants.forEach(tenant -> this.tenants.put(tenant.name(), tenant));
        this.maxEventsPerSecond = maxEventsPerSecond;
        this.clock = clock;
        this.thread = new Thread(this::run, "demo-traffic");
        this.thread.setDaemon(true);
    }

    /** Starts posting on the driver's own thread. */
    public void start() {
        thread.start();
    }

    /** Events ingestion has accepted so far. */
    public long acceptedEvents() {
        return accepted.get();
    }

    private void run() {
        Map<String, List<Event>> batches = new HashMap<>();
        long startNanos = System.nanoTime();
        long lastFlushNanos = startNanos;
        try {
            while (!stopping && events.hasNext()) {
                Event event = events.next().event();
                Instant due = event.getOccurredAt();
                while (!stopping && due.isAfter(clock.instant())) {
                    flushAll(batches);
                    lastFlushNanos = System.nanoTime();
                    Thread.sleep(Math.min(250, Math.max(1, Duration.between(clock.instant(), due).toMillis())));
                }
                List<Event> batch = batches.computeIfAbsent(event.getTenantId(), id -> new ArrayList<>(BATCH_SIZE));
                batch.add(event);
                if (batch.size() >= BATCH_SIZE) {
                    flush(event.getTenantId(), batch);
                }
                if (System.nanoTime() - lastFlushNanos > MAX_BATCH_DELAY.toNanos()) {
                    flushAll(batches);
                    lastFlushNanos = System.nanoTime();
                }
                holdToRate(startNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo traffic stopped: {}", e.toString());
        }
    }

    /** Waits until the rate allows the next event, in short naps so that {@link #close()} is never kept waiting. */
    private void holdToRate(long startNanos) throws InterruptedException {
        long earliestNanos = startNanos + (long) (accepted.get() / maxEventsPerSecond * 1e9);
        while (!stopping) {
            long waitNanos = earliestNanos - System.nanoTime();
            if (waitNanos <= 1_000_000) {
                return;
            }
            Thread.sleep(Math.min(250, waitNanos / 1_000_000));
        }
    }

    private void flushAll(Map<String, List<Event>> batches) throws IOException, InterruptedException {
        for (Map.Entry<String, List<Event>> entry : batches.entrySet()) {
            flush(entry.getKey(), entry.getValue());
        }
    }

    private void flush(String tenantId, List<Event> batch) throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        DemoTenant tenant = tenants.get(tenantId);
        if (tenant == null) {
            throw new IllegalStateException("The generator made traffic for " + tenantId + ", which has no API key");
        }
        accepted.addAndGet(poster.post(tenant.apiKey(), batch));
        batch.clear();
    }

    /**
     * Stops posting after the request in flight, so that {@link #acceptedEvents()} is exact; events generated but not
     * posted yet are dropped (they were never acknowledged).
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        thread.join();
    }
}
