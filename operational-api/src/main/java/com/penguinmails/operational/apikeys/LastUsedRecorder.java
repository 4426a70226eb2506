package com.penguinmails.operational.apikeys;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers when each key was last used and writes those times to {@code api_keys.last_used_at} in one batch per
 * interval, so authenticating a request never writes to the database: each key costs at most one write per interval.
 * The last batch is written when the service stops. Thread-safe.
 */
final class LastUsedRecorder implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(LastUsedRecorder.class);

    private final Jdbi jdbi;
    private final ApiKeyDao dao;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final ConcurrentHashMap<String, Instant> pending = new ConcurrentHashMap<>();

    LastUsedRecorder(Jdbi jdbi, ApiKeyDao dao, ScheduledExecutorService scheduler, Duration interval) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Notes that key {@code keyId} authenticated a request at {@code at}. */
    void used(String keyId, Instant at) {
        pending.merge(keyId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** Writes every time noted since the last flush. */
    void flush() {
        Map<String, Instant> batch = new HashMap<>();
        for (String keyId : pending.keySet()) {
            Instant at = pending.remove(keyId);
            if (at != null) {
                batch.put(keyId, at);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> dao.touch(handle, batch));
        } catch (RuntimeException e) {
            batch.forEach(this::used);
            throw e;
        }
    }

    @Override
    public void start() {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Writing the API keys' last-used times failed; they are written with the next batch", e);
        }
    }
}
