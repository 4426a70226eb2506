package com.penguinmails.ingestion.kafka;

import com.codahale.metrics.health.HealthCheck;
import com.penguinmails.ingestion.spool.Spool;
import java.io.IOException;
import java.util.Optional;

/**
 * Reports whether ingestion can still take events: its mode (direct to Kafka, or spooling), how much waits in the
 * spool, and how full it is.
 *
 * <p>Unhealthy when the spool failed to write or is at least {@value #FULL_PERCENT}% full (the batch API is about to
 * answer 503). Spooling alone is healthy: events are kept, and the {@code kafka} check reports the outage.
 */
public final class SpoolHealthCheck extends HealthCheck {

    static final int FULL_PERCENT = 90;

    private final SpoolingEventPublisher publisher;

    public SpoolHealthCheck(SpoolingEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    protected Result check() {
        Spool spool = publisher.spool();
        long percent = spool.fileBytes() * 100 / spool.maxBytes();
        String state = String.format("%s; %d events (%d bytes) wait for replay; spool %d%% of %d bytes used",
                publisher.isDirect() ? "direct to Kafka" : "spooling (Kafka " + (publisher.isKafkaDown()
                        ? "unavailable" : "available, replaying") + ")",
                spool.pendingRecords(), spool.pendingBytes(), percent, spool.maxBytes());
        Optional<IOException> failure = spool.failure();
        if (failure.isPresent()) {
            return Result.unhealthy("the spool failed to write (%s): %s", failure.get().getMessage(), state);
        }
        if (percent >= FULL_PERCENT) {
            return Result.unhealthy("the spool is nearly full: %s", state);
        }
        return Result.healthy(state);
    }
}
