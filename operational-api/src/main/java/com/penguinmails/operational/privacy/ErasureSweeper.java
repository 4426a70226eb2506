package com.penguinmails.operational.privacy;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the events of erased contacts that reach ClickHouse after their erasure: at a fixed interval, deletes from every
 * contact table the rows whose {@code lower(hex(SHA256(contact_id)))} is the hash of an erased contact of the same
 * tenant. The erased ids are never stored in clear, so matching works on hashes.
 *
 * <p>A sweep first counts the matching rows and deletes only when there are some, so a quiet sweep costs one scan of
 * each table per tenant with erasures.
 */
public final class ErasureSweeper implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureSweeper.class);

    private final Jdbi jdbi;
    private final ErasureDao erasures;
    private final ClickHouseContactData clickHouse;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public ErasureSweeper(Jdbi jdbi, ErasureDao erasures, ClickHouseContactData clickHouse, Duration interval) {
        this.jdbi = jdbi;
        this.erasures = erasures;
        this.clickHouse = clickHouse;
        this.interval = interval;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "erasure-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweepLogged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Runs one sweep now; how many rows of erased contacts it deleted. */
    public long sweep() {
        Map<String, List<String>> erased = jdbi.withHandle(erasures::erasedContacts);
        if (erased.isEmpty()) {
            return 0;
        }
        long deleted = 0;
        for (String table : clickHouse.contactTables()) {
            for (Map.Entry<String, List<String>> tenant : erased.entrySet()) {
                deleted += clickHouse.eraseByHash(table, tenant.getKey(), tenant.getValue());
            }
        }
        return deleted;
    }

    private void sweepLogged() {
        try {
            long deleted = sweep();
            if (deleted > 0) {
                LOG.info("erasure sweep deleted {} rows of erased contacts that arrived after their erasure", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("erasure sweep failed; the next one retries", e);
        }
    }
}
