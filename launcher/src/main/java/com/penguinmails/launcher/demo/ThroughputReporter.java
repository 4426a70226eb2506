package com.penguinmails.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Prints one live line every few seconds: events accepted by ingestion (and the rate), and what one tenant's
 * dashboard number source, {@code GET /v1/analytics/overview}, says at that moment.
 */
public final class ThroughputReporter implements AutoCloseable {

    private static final List<String> SHOWN_TYPES =
            List.of("send", "delivered", "bounce", "open", "click", "reply", "unsubscribe", "complaint", "conversion");

    private final OverviewClient overview;
    private final DemoTenant tenant;
    private final Instant from;
    private final LongSupplier acceptedEvents;
    private final PrintStream out;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "throughput-reporter");
        thread.setDaemon(true);
        return thread;
    });
    private long lastAccepted;
    private long lastNanos = System.nanoTime();

    public ThroughputReporter(OverviewClient overview, DemoTenant tenant, Instant from, LongSupplier acceptedEvents,
            PrintStream out) {
        this.overview = overview;
        this.tenant = tenant;
        this.from = from;
        this.acceptedEvents = acceptedEvents;
        this.out = out;
    }

    /** Prints a line every {@code period}. */
    public void start(Duration period) {
        scheduler.scheduleAtFixedRate(this::report, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void report() {
        long accepted = acceptedEvents.getAsLong();
        long now = System.nanoTime();
        double perSecond = (accepted - lastAccepted) / ((now - lastNanos) / 1e9);
        lastAccepted = accepted;
        lastNanos = now;
        out.printf("[%s] ingested %,d events (%,.0f/s) | %s overview: %s%n",
                LocalTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS), accepted, perSecond,
                tenant.tenantId(), overviewCounts());
    }

    private String overviewCounts() {
        try {
            JsonNode counts = overview.counts(tenant, from, Instant.now().plus(Duration.ofDays(1)));
            StringBuilder line = new StringBuilder();
            for (String type : SHOWN_TYPES) {
                line.append(type).append(' ').append(String.format("%,d", counts.path(type).asLong())).append("  ");
            }
            return line.toString().trim();
        } catch (IOException e) {
            return "query API unreachable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
